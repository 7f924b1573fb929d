package java.lang;

/** A named group of threads; crema has the groups "system" and its child "main". */
public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    private final ThreadGroup parent;
    private final String name;
    private int maxPriority = Thread.MAX_PRIORITY;
    private boolean daemon;

    static final ThreadGroup SYSTEM = new ThreadGroup(null, "system", true);
    static final ThreadGroup MAIN = new ThreadGroup(SYSTEM, "main", true);

    private ThreadGroup(ThreadGroup parent, String name, boolean unused) {
        this.parent = parent;
        this.name = name;
    }

    public ThreadGroup(String name) {
        this(Thread.currentThread().getThreadGroup(), name);
    }

    public ThreadGroup(ThreadGroup parent, String name) {
        if (parent == null) {
            throw new NullPointerException();
        }
        this.parent = parent;
        this.name = name;
        this.maxPriority = parent.maxPriority;
        this.daemon = parent.daemon;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getParent() {
        return parent;
    }

    public final int getMaxPriority() {
        return maxPriority;
    }

    public final void setMaxPriority(int pri) {
        if (pri >= Thread.MIN_PRIORITY && pri <= Thread.MAX_PRIORITY) {
            maxPriority = parent != null ? Math.min(pri, parent.maxPriority) : pri;
        }
    }

    @Deprecated(since = "16")
    public final boolean isDaemon() {
        return daemon;
    }

    @Deprecated(since = "16")
    public final void setDaemon(boolean daemon) {
        this.daemon = daemon;
    }

    public final boolean parentOf(ThreadGroup g) {
        for (; g != null; g = g.parent) {
            if (g == this) {
                return true;
            }
        }
        return false;
    }

    public int activeCount() {
        return this == MAIN || this == SYSTEM ? 1 : 0;
    }

    public int activeGroupCount() {
        return this == SYSTEM ? 1 : 0;
    }

    public final void checkAccess() {
    }

    /** Prints the stack trace of an uncaught exception (unless it is ThreadDeath), as the default handler does. */
    public void uncaughtException(Thread t, Throwable e) {
        if (parent != null) {
            parent.uncaughtException(t, e);
            return;
        }
        Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
        if (handler != null) {
            handler.uncaughtException(t, e);
        } else {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    public String toString() {
        return getClass().getName() + "[name=" + getName() + ",maxpri=" + getMaxPriority() + "]";
    }
}
