package java.util;

/**
 * Thrown when a format specifier has an unknown conversion character.
 */
public class UnknownFormatConversionException extends IllegalFormatException {

    private final String s;

    public UnknownFormatConversionException(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        this.s = s;
    }

    public String getConversion() {
        return s;
    }

    public String getMessage() {
        return "Conversion = '" + s + "'";
    }
}
