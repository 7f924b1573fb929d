package java.nio;

/** A relative get found no element left in a buffer. */
public class BufferUnderflowException extends RuntimeException {
    public BufferUnderflowException() {
    }
}
