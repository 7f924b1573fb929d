package jdk.internal.stream;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * One stage of a running stream pipeline: elements are pushed into a sink
 * one at a time between {@link #begin} and {@link #end}. A sink of a
 * reference stage receives {@code accept(Object)}, a sink of an int stage
 * {@code accept(int)}, and so on; the other accept methods are not called.
 * A sink that wants no more elements says so through
 * {@link #cancellationRequested()}, which sources check when the pipeline
 * short-circuits.
 */
public abstract class Sink implements Consumer<Object>, IntConsumer, LongConsumer, DoubleConsumer {

    /** Called before the first element; {@code size} is the exact element count or -1. */
    public void begin(long size) {
    }

    /** Called after the last element. */
    public void end() {
    }

    /** True once this sink (or one after it) wants no more elements. */
    public boolean cancellationRequested() {
        return false;
    }

    public void accept(Object t) {
        throw new IllegalStateException("called wrong accept method");
    }

    public void accept(int value) {
        throw new IllegalStateException("called wrong accept method");
    }

    public void accept(long value) {
        throw new IllegalStateException("called wrong accept method");
    }

    public void accept(double value) {
        throw new IllegalStateException("called wrong accept method");
    }

    /** A sink handing its results to a downstream sink; begin, end and cancellation pass through. */
    public abstract static class Chained extends Sink {
        protected final Sink downstream;

        protected Chained(Sink downstream) {
            this.downstream = downstream;
        }

        public void begin(long size) {
            downstream.begin(size);
        }

        public void end() {
            downstream.end();
        }

        public boolean cancellationRequested() {
            return downstream.cancellationRequested();
        }
    }
}
