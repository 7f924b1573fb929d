package java.lang.ref;

/**
 * A reference that the collector clears only when memory is short: soft
 * referents are all cleared before an {@code OutOfMemoryError} is thrown.
 */
public class SoftReference<T> extends Reference<T> {
    /** Creates a soft reference to {@code referent}. */
    public SoftReference(T referent) {
        super(referent);
    }

    /** Creates a soft reference registered with {@code q}. */
    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
