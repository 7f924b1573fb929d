package java.lang.ref;

/**
 * A reference that does not keep its referent alive: the collector clears
 * it as soon as the referent is only weakly reachable.
 */
public class WeakReference<T> extends Reference<T> {
    /** Creates a weak reference to {@code referent}. */
    public WeakReference(T referent) {
        super(referent);
    }

    /** Creates a weak reference registered with {@code q}. */
    public WeakReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
