package java.io;

/** A character conversion failed. */
public class CharConversionException extends IOException {
    public CharConversionException() {
    }

    public CharConversionException(String s) {
        super(s);
    }
}
