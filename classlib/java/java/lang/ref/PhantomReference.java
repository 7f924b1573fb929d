package java.lang.ref;

/**
 * A reference whose referent can never be retrieved: it only reports,
 * through its queue, that the referent has become unreachable.
 */
public class PhantomReference<T> extends Reference<T> {
    /** Creates a phantom reference registered with {@code q}. */
    public PhantomReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }

    /** Always returns null. */
    @Override
    public T get() {
        return null;
    }
}
