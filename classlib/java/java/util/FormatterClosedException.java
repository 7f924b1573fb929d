package java.util;

/**
 * Thrown when a {@link Formatter} is used after it has been closed.
 */
public class FormatterClosedException extends IllegalStateException {

    public FormatterClosedException() {
    }
}
