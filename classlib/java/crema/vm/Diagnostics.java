package crema.vm;

/**
 * crema's diagnostics for tests (the role HotSpot's WhiteBox plays in its
 * own tests): collections on demand, class liveness and counts, and the
 * JIT's view of methods.
 */
public final class Diagnostics {
    private Diagnostics() {
    }

    /** Runs a full collection (which also unloads unreachable classes). */
    public static native void fullGC();

    /** Runs a young collection. */
    public static native void youngGC();

    /** Whether a class with binary name {@code name} is loaded by any loader. */
    public static native boolean isClassAlive(String name);

    /** Classes loaded from class files and not unloaded. */
    public static native long loadedClassCount();

    /** Classes unloaded since the VM started. */
    public static native long unloadedClassCount();

    /**
     * The highest tier at which a method {@code name} of {@code clazz} is
     * compiled: 0 while it is interpreted.
     */
    public static native int compilationTier(Class<?> clazz, String name);

    /** Invalidates all compiled code; returns how many methods that was. */
    public static native int deoptimizeAll();

    /**
     * How many cache entries the dependency registry invalidated because a
     * class they mentioned was unloaded.
     */
    public static native long invalidatedByUnloading();
}
