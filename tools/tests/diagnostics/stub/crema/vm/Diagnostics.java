package crema.vm;

/** Compile-time stand-in for crema's boot class of the same name (never run). */
public final class Diagnostics {
    public static native void fullGC();

    public static native void youngGC();

    public static native boolean isClassAlive(String name);

    public static native long loadedClassCount();

    public static native long unloadedClassCount();

    public static native int compilationTier(Class<?> clazz, String name);

    public static native int deoptimizeAll();

    public static native long invalidatedByUnloading();
}
