package java.nio;

/** A content-changing method was called on a read-only buffer. */
public class ReadOnlyBufferException extends UnsupportedOperationException {
    public ReadOnlyBufferException() {
    }
}
