package java.util;

/**
 * Thrown by {@link Stack} when an element is requested from an empty stack.
 */
public class EmptyStackException extends RuntimeException {

    public EmptyStackException() {
    }
}
