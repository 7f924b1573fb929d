package java.lang;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;

/**
 * The superclass of everything that can be thrown. The VM records the stack
 * at construction ({@code fillInStackTrace}); the elements are built when
 * first asked for.
 */
public class Throwable implements Serializable {
    /** The VM's record of the frames (see crema's stack_trace.rs). */
    private transient Object backtrace;
    private String detailMessage;
    /** {@code this} means "not yet set". */
    private Throwable cause = this;
    private StackTraceElement[] stackTrace;
    private ArrayList<Throwable> suppressedExceptions;
    private boolean enableSuppression = true;
    private boolean writableStackTrace = true;

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this.writableStackTrace = writableStackTrace;
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = new StackTraceElement[0];
        }
        detailMessage = message;
        this.cause = cause;
        this.enableSuppression = enableSuppression;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return (cause == this ? null : cause);
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + String.valueOf(cause), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    public String toString() {
        String name = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (name + ": " + message) : name;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        printStackTrace(new Lines() {
            void println(Object line) {
                s.println(line);
            }
        });
    }

    public void printStackTrace(java.io.PrintWriter s) {
        printStackTrace(new Lines() {
            void println(Object line) {
                s.println(line);
            }
        });
    }

    /** Where a stack trace is printed: a PrintStream or a PrintWriter. */
    private abstract static class Lines {
        abstract void println(Object line);
    }

    private void printStackTrace(Lines s) {
        ArrayList<Throwable> seen = new ArrayList<Throwable>();
        seen.add(this);
        s.println(this);
        StackTraceElement[] trace = getOurStackTrace();
        for (int i = 0; i < trace.length; i++) {
            s.println("\tat " + trace[i]);
        }
        Throwable[] suppressed = getSuppressed();
        for (int i = 0; i < suppressed.length; i++) {
            suppressed[i].printEnclosedStackTrace(s, trace, "Suppressed: ", "\t", seen);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", "", seen);
        }
    }

    private void printEnclosedStackTrace(Lines s, StackTraceElement[] enclosingTrace, String caption,
                                         String prefix, ArrayList<Throwable> seen) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i) == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return;
            }
        }
        seen.add(this);
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        Throwable[] suppressed = getSuppressed();
        for (int i = 0; i < suppressed.length; i++) {
            suppressed[i].printEnclosedStackTrace(s, trace, "Suppressed: ", prefix + "\t", seen);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", prefix, seen);
        }
    }

    public synchronized Throwable fillInStackTrace() {
        if (writableStackTrace) {
            fillInStackTrace0();
            stackTrace = null;
        }
        return this;
    }

    private native void fillInStackTrace0();

    private native StackTraceElement[] getStackTrace0();

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            stackTrace = (backtrace == null) ? new StackTraceElement[0] : getStackTrace0();
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (!writableStackTrace) {
                return;
            }
            this.stackTrace = copy;
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (!enableSuppression) {
            return;
        }
        if (suppressedExceptions == null) {
            suppressedExceptions = new ArrayList<Throwable>(1);
        }
        suppressedExceptions.add(exception);
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressedExceptions == null) {
            return new Throwable[0];
        }
        return suppressedExceptions.toArray(new Throwable[0]);
    }
}
