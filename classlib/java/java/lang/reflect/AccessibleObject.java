package java.lang.reflect;

/**
 * The base of reflective objects whose language access checks can be
 * suppressed. crema does not check access in reflection, so the flag only
 * records what was asked.
 */
public class AccessibleObject {
    private boolean accessible;

    protected AccessibleObject() {
    }

    public void setAccessible(boolean flag) {
        accessible = flag;
    }

    public final boolean trySetAccessible() {
        accessible = true;
        return true;
    }

    @Deprecated(since = "9")
    public boolean isAccessible() {
        return accessible;
    }

    public final boolean canAccess(Object obj) {
        return true;
    }
}
