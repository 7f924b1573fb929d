package jdk.internal.stream;

/**
 * Where the elements of a stream pipeline come from: pushes elements into a
 * {@link Sink} one at a time ({@link #tryAdvance}) or all at once
 * ({@link #forEachRemaining}). A source is traversed at most once.
 */
public abstract class Source {

    /** Whether {@link #exactSize()} is known before traversal. */
    public boolean sized() {
        return false;
    }

    /** The number of elements not yet pushed, or -1 if unknown. */
    public long exactSize() {
        return -1;
    }

    /** An estimate of the number of elements not yet pushed; Long.MAX_VALUE if unknown. */
    public long estimateSize() {
        long n = exactSize();
        return n >= 0 ? n : Long.MAX_VALUE;
    }

    /** Pushes the next element into {@code sink}; false if there is none. */
    public abstract boolean tryAdvance(Sink sink);

    /** Pushes all remaining elements into {@code sink}. */
    public void forEachRemaining(Sink sink) {
        while (tryAdvance(sink)) {
        }
    }
}
