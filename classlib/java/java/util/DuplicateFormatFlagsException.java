package java.util;

/**
 * Thrown when a flag appears twice in one format specifier.
 */
public class DuplicateFormatFlagsException extends IllegalFormatException {

    private final String flags;

    public DuplicateFormatFlagsException(String f) {
        if (f == null) {
            throw new NullPointerException();
        }
        this.flags = f;
    }

    public String getFlags() {
        return flags;
    }

    public String getMessage() {
        return "Flags = '" + flags + "'";
    }
}
