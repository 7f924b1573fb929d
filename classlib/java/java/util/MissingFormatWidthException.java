package java.util;

/**
 * Thrown when a flag that needs a width (such as '-' or '0') is used without one.
 */
public class MissingFormatWidthException extends IllegalFormatException {

    private final String s;

    public MissingFormatWidthException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getFormatSpecifier() {
        return s;
    }

    public String getMessage() {
        return s;
    }
}
