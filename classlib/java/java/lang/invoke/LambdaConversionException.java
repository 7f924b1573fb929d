package java.lang.invoke;

/** A lambda or method reference that cannot be linked. */
public class LambdaConversionException extends Exception {
    public LambdaConversionException() {
    }

    public LambdaConversionException(String message) {
        super(message);
    }
}
