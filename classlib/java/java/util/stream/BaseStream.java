package java.util.stream;

import java.util.Iterator;

/**
 * What all streams share: iteration, the (accepted but ignored) parallel
 * mode, and close handlers.
 */
public interface BaseStream<T, S extends BaseStream<T, S>> extends AutoCloseable {

    /** A terminal operation: an iterator over the stream's elements. */
    Iterator<T> iterator();

    /** A terminal operation: a spliterator over the stream's elements. */
    java.util.Spliterator<T> spliterator();

    /** Whether parallel() was requested (crema runs every stream sequentially). */
    boolean isParallel();

    S sequential();

    S parallel();

    S unordered();

    /** Adds a handler run by {@link #close()}; handlers run in the order added. */
    S onClose(Runnable closeHandler);

    /** Runs the close handlers (once). */
    void close();
}
