package java.lang.ref;

/**
 * The base of reference objects: a reference to a referent that the
 * collector treats specially according to the subclass's strength.
 *
 * crema: the collector clears the {@code referent} field itself (it knows
 * the field's offset) and hands references that have a queue to the VM's
 * pending list; since there is no reference-handler thread, the queues
 * drain that list when they are polled ({@link #processPendingReferences}).
 */
public abstract class Reference<T> {
    /** Read and cleared by the collector, which finds it by name. */
    private T referent;
    volatile ReferenceQueue<? super T> queue;
    /** Next reference in the queue this one is enqueued on. */
    Reference<?> next;
    /** Set once the reference has been enqueued (it never is again). */
    boolean enqueued;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    /**
     * Returns this reference object's referent, or null if it has been
     * cleared.
     */
    public T get() {
        return referent;
    }

    /** Clears this reference object, without enqueueing it. */
    public void clear() {
        referent = null;
    }

    /**
     * Tells whether this reference object has been enqueued.
     *
     * @deprecated as in Java SE: use {@link ReferenceQueue#poll} instead.
     */
    @Deprecated(since = "16")
    public boolean isEnqueued() {
        processPendingReferences();
        return enqueued && queue != null;
    }

    /**
     * Clears this reference object and adds it to the queue it was
     * registered with, if any.
     *
     * @return true if it was enqueued; false if it was already enqueued or
     *         had no queue
     */
    public boolean enqueue() {
        referent = null;
        return enqueueOnQueue();
    }

    /** Tests whether the referent of this reference is {@code obj}. */
    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    /** Ensures the object is strongly reachable up to this point. */
    public static void reachabilityFence(Object ref) {
    }

    /** Cloning a reference is not supported. */
    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    boolean enqueueOnQueue() {
        ReferenceQueue<? super T> q = queue;
        if (q == null || enqueued) {
            return false;
        }
        enqueued = true;
        q.add(this);
        return true;
    }

    /** Moves the references the collector cleared onto their queues. */
    static void processPendingReferences() {
        Reference<?> r;
        while ((r = popPending()) != null) {
            r.enqueueOnQueue();
        }
    }

    /** The oldest reference the collector cleared that has a queue. */
    private static native Reference<?> popPending();
}
