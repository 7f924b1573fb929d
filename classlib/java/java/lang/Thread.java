package java.lang;

/**
 * A thread of execution. crema runs one Java thread, "main"; starting
 * another is not supported yet.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private static Thread main;

    private String name;
    private final Runnable target;
    private boolean interrupted;
    private boolean daemon;
    private int priority = NORM_PRIORITY;

    public Thread() {
        this(null, "Thread-0");
    }

    public Thread(Runnable target) {
        this(target, "Thread-0");
    }

    public Thread(String name) {
        this(null, name);
    }

    public Thread(Runnable target, String name) {
        this.target = target;
        this.name = name;
    }

    /** Whether the current thread holds the monitor of {@code obj}. */
    public static native boolean holdsLock(Object obj);

    public static Thread currentThread() {
        if (main == null) {
            main = new Thread(null, "main");
        }
        return main;
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
        this.name = name;
    }

    public long getId() {
        return 1;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        priority = newPriority;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        daemon = on;
    }

    public final boolean isAlive() {
        return this == main;
    }

    public void interrupt() {
        interrupted = true;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

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
        sleep(millis + (nanos > 0 ? 1 : 0));
    }

    private static native void sleep0(long millis);

    public static void yield() {
    }

    public static void onSpinWait() {
    }

    public final void join() throws InterruptedException {
    }

    public StackTraceElement[] getStackTrace() {
        return new Throwable().getStackTrace();
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    public String toString() {
        return "Thread[" + name + "," + priority + ",main]";
    }
}
