package java.lang.ref;

/**
 * A queue to which the collector appends registered reference objects once
 * their referents have become unreachable (crema: when the queue is next
 * polled, see {@link Reference}).
 */
public class ReferenceQueue<T> {
    private Reference<? extends T> head;
    private Reference<? extends T> tail;

    /** Constructs a new, empty reference queue. */
    public ReferenceQueue() {
    }

    @SuppressWarnings("unchecked")
    void add(Reference<?> r) {
        Reference<? extends T> ref = (Reference<? extends T>) r;
        ref.next = null;
        if (tail == null) {
            head = ref;
        } else {
            tail.next = ref;
        }
        tail = ref;
    }

    /**
     * Removes and returns the next reference object in this queue, or null
     * if none is available.
     */
    @SuppressWarnings("unchecked")
    public Reference<? extends T> poll() {
        Reference.processPendingReferences();
        Reference<? extends T> r = head;
        if (r == null) {
            return null;
        }
        head = (Reference<? extends T>) r.next;
        if (head == null) {
            tail = null;
        }
        r.next = null;
        r.queue = null;
        return r;
    }

    /**
     * Removes the next reference object in this queue, waiting up to
     * {@code timeout} milliseconds for one (0: indefinitely). With one
     * Java thread nothing can become available while waiting except by a
     * collection, which this wait runs.
     */
    public Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        Reference<? extends T> r = poll();
        if (r != null) {
            return r;
        }
        System.gc();
        r = poll();
        if (r != null || timeout > 0) {
            return r;
        }
        throw new InternalError("ReferenceQueue.remove() would wait forever: crema runs one Java thread");
    }

    /** Removes the next reference object, waiting until one is available. */
    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
