package java.util;

/**
 * Thrown when an explicit argument index (n$) is zero or not representable as an int.
 */
class IllegalFormatArgumentIndexException extends IllegalFormatException {

    private final int illegalIndex;

    IllegalFormatArgumentIndexException(int index) {
        illegalIndex = index;
    }

    int getIndex() {
        return illegalIndex;
    }

    public String getMessage() {
        if (illegalIndex == Integer.MIN_VALUE) {
            return "Format argument index: (not representable as int)";
        }
        return "Illegal format argument index = " + illegalIndex;
    }
}
