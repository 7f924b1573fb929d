package java.lang;

/** The running Java application's interface to its VM. */
public class Runtime {
    private static final Runtime CURRENT = new Runtime();

    private Runtime() {
    }

    public static Runtime getRuntime() {
        return CURRENT;
    }

    /** Runs the shutdown hooks, then ends the VM with {@code status}. */
    public void exit(int status) {
        runShutdownHooks();
        exit0(status);
    }

    /** Shutdown hooks in registration order; null once they have run. */
    private static java.util.ArrayList<Thread> hooks = new java.util.ArrayList<Thread>();

    public void addShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        synchronized (Runtime.class) {
            if (hooks == null) {
                throw new IllegalStateException("Shutdown in progress");
            }
            if (hooks.contains(hook)) {
                throw new IllegalArgumentException("Hook previously registered");
            }
            hooks.add(hook);
        }
    }

    public boolean removeShutdownHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        synchronized (Runtime.class) {
            if (hooks == null) {
                throw new IllegalStateException("Shutdown in progress");
            }
            return hooks.remove(hook);
        }
    }

    /**
     * Runs the registered shutdown hooks once (crema has one thread, so
     * they run one after another on it). Called by exit, and by the VM
     * when main returns or throws.
     */
    static void runShutdownHooks() {
        java.util.ArrayList<Thread> toRun;
        synchronized (Runtime.class) {
            toRun = hooks;
            hooks = null;
        }
        if (toRun == null) {
            return;
        }
        for (Thread hook : toRun) {
            try {
                hook.run();
            } catch (Throwable t) {
                hook.getUncaughtExceptionHandler().uncaughtException(hook, t);
            }
        }
    }

    public void runFinalization() {
    }

    public void halt(int status) {
        exit0(status);
    }

    private static native void exit0(int status);

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();
}
