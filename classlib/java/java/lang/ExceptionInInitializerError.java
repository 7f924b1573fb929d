package java.lang;

/** A static initializer threw an exception. */
public class ExceptionInInitializerError extends LinkageError {
    public ExceptionInInitializerError() {
        initCause(null);
    }

    public ExceptionInInitializerError(Throwable thrown) {
        super(null, thrown);
    }

    public ExceptionInInitializerError(String message) {
        super(message, null);
    }

    /** The exception the initializer threw (the cause). */
    public Throwable getException() {
        return getCause();
    }
}
