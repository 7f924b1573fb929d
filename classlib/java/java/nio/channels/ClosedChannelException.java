package java.nio.channels;

/** An operation was attempted on a closed channel (or a stream over one). */
public class ClosedChannelException extends java.io.IOException {
    public ClosedChannelException() {
    }
}
