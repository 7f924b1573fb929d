package java.lang;

/**
 * A null reference was used where an object is required. When the VM
 * throws one (no message given), {@link #getMessage} describes what was
 * attempted and which expression was null, as HotSpot's helpful messages
 * do; the VM computes that text from the frame that threw, on first use.
 */
public class NullPointerException extends RuntimeException {
    /** Runs of fillInStackTrace: 1 after construction. */
    private transient int fills;
    private transient boolean extendedComputed;
    private transient String extendedMessage;

    public NullPointerException() {
        super();
    }

    public NullPointerException(String message) {
        super(message);
    }

    /**
     * Records the stack again. The helpful message describes where the
     * exception was first thrown, so it is computed before the first
     * backtrace is replaced.
     */
    public synchronized Throwable fillInStackTrace() {
        if (fills == 1) {
            extendedMessage();
        }
        fills++;
        return super.fillInStackTrace();
    }

    public String getMessage() {
        String message = super.getMessage();
        if (message == null && fills >= 1) {
            return extendedMessage();
        }
        return message;
    }

    private synchronized String extendedMessage() {
        if (!extendedComputed) {
            extendedMessage = getExtendedNPEMessage();
            extendedComputed = true;
        }
        return extendedMessage;
    }

    private native String getExtendedNPEMessage();
}
