package java.lang;

/**
 * A thread of execution. crema runs one Java thread, "main" (in the
 * thread group "main"); starting another is not supported yet. The
 * interrupt status, thread locals and handlers behave as specified for
 * that thread.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    /** The states a thread can be in. */
    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    /** Called when a thread ends because of an uncaught exception. */
    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    private static Thread main;
    private static long nextId = 2;
    private static volatile UncaughtExceptionHandler defaultHandler;

    private String name;
    private final Runnable target;
    private final ThreadGroup group;
    private final long tid;
    private boolean interrupted;
    private boolean daemon;
    private int priority = NORM_PRIORITY;
    private ClassLoader contextClassLoader;
    private UncaughtExceptionHandler handler;
    /** This thread's ThreadLocal values (created on first use). */
    private java.util.IdentityHashMap<ThreadLocal<?>, Object> threadLocals;

    public Thread() {
        this(null, null, null);
    }

    public Thread(Runnable target) {
        this(null, target, null);
    }

    public Thread(String name) {
        this(null, null, name);
    }

    public Thread(Runnable target, String name) {
        this(null, target, name);
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, null);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, name);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        this(group, target, name);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        Thread parent = main;
        this.group = group != null ? group : ThreadGroup.MAIN;
        this.target = target;
        synchronized (Thread.class) {
            this.tid = nextId++;
        }
        this.name = name != null ? name : "Thread-" + (tid - 2);
        if (parent != null) {
            this.daemon = parent.daemon;
            this.priority = Math.min(parent.priority, this.group.getMaxPriority());
            this.contextClassLoader = parent.contextClassLoader;
            inheritThreadLocals(parent);
        }
    }

    /** The main thread itself. */
    private Thread(String name, boolean isMain) {
        this.group = ThreadGroup.MAIN;
        this.target = null;
        this.tid = 1;
        this.name = name;
    }

    @SuppressWarnings("unchecked")
    private void inheritThreadLocals(Thread parent) {
        if (parent.threadLocals == null) {
            return;
        }
        for (java.util.Map.Entry<ThreadLocal<?>, Object> e : parent.threadLocals.entrySet()) {
            if (e.getKey() instanceof InheritableThreadLocal) {
                ThreadLocal<Object> key = (ThreadLocal<Object>) e.getKey();
                threadLocals(true).put(key, key.childValue(e.getValue()));
            }
        }
    }

    /** The thread-local values of this thread; created if {@code create}. */
    java.util.IdentityHashMap<ThreadLocal<?>, Object> threadLocals(boolean create) {
        if (threadLocals == null && create) {
            threadLocals = new java.util.IdentityHashMap<ThreadLocal<?>, Object>();
        }
        return threadLocals;
    }

    /** Whether the current thread holds the monitor of {@code obj}. */
    public static native boolean holdsLock(Object obj);

    public static Thread currentThread() {
        Thread t = main;
        if (t == null) {
            t = new Thread("main", true);
            main = t;
        }
        return t;
    }

    public void run() {
        if (target != null) {
            target.run();
        }
    }

    public void start() {
        throw new UnsupportedOperationException("crema runs a single Java thread; Thread.start is not supported yet");
    }

    public final String getName() {
        return name;
    }

    public final void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    @Deprecated(since = "19")
    public long getId() {
        return tid;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        priority = Math.min(newPriority, group.getMaxPriority());
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        if (isAlive()) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    public final boolean isAlive() {
        return this == main;
    }

    public State getState() {
        return isAlive() ? State.RUNNABLE : State.NEW;
    }

    public final ThreadGroup getThreadGroup() {
        return isAlive() || getState() == State.NEW ? group : null;
    }

    public static int activeCount() {
        return 1;
    }

    public final void checkAccess() {
    }

    public ClassLoader getContextClassLoader() {
        if (this == main && contextClassLoader == null) {
            contextClassLoader = ClassLoader.getSystemClassLoader();
        }
        return contextClassLoader;
    }

    public void setContextClassLoader(ClassLoader cl) {
        contextClassLoader = cl;
    }

    public void interrupt() {
        interrupted = true;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    /** Whether the current thread was interrupted; clears the status. */
    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        Thread t = currentThread();
        if (t.interrupted) {
            t.interrupted = false;
            throw new InterruptedException("sleep interrupted");
        }
        sleep0(millis);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        if (nanos > 0 && millis < Long.MAX_VALUE) {
            millis++;
        }
        sleep(millis);
    }

    private static native void sleep0(long millis);

    public static void yield() {
    }

    public static void onSpinWait() {
    }

    public final void join() throws InterruptedException {
        join(0);
    }

    /** Waits for this thread to end: only other (never started) threads can be joined, which returns at once. */
    public final void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (interrupted && this == main) {
            interrupted = false;
            throw new InterruptedException();
        }
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        join(millis);
    }

    public StackTraceElement[] getStackTrace() {
        if (this != main) {
            return new StackTraceElement[0];
        }
        StackTraceElement[] trace = new Throwable().getStackTrace();
        // drop this method's own frame
        if (trace.length > 0) {
            StackTraceElement[] r = new StackTraceElement[trace.length - 1];
            System.arraycopy(trace, 1, r, 0, r.length);
            return r;
        }
        return trace;
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    /** Called by the VM with an exception that ended a thread's run: the thread's handler gets it. */
    private static void dispatchUncaughtException(Throwable e) {
        Thread t = currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, e);
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
        defaultHandler = ueh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return handler != null ? handler : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler ueh) {
        handler = ueh;
    }

    public String toString() {
        ThreadGroup g = getThreadGroup();
        return "Thread[" + getName() + "," + getPriority() + "," + (g != null ? g.getName() : "") + "]";
    }
}
