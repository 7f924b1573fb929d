package java.nio;

/** A relative put found no room left in a buffer. */
public class BufferOverflowException extends RuntimeException {
    public BufferOverflowException() {
    }
}
