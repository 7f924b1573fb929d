package java.util;

/**
 * Thrown by fail-fast iterators and views when the underlying collection was
 * modified in a way they do not allow.
 */
public class ConcurrentModificationException extends RuntimeException {

    public ConcurrentModificationException() {
        super();
    }

    public ConcurrentModificationException(String message) {
        super(message);
    }

    public ConcurrentModificationException(Throwable cause) {
        super(cause);
    }

    public ConcurrentModificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
