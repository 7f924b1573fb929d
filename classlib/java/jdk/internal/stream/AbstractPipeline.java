package jdk.internal.stream;

import java.util.Objects;
import java.util.stream.BaseStream;

/**
 * What all stream pipelines share: the chain of stages back to the source
 * stage, the "linked or consumed" rule, close handlers, and running a
 * terminal sink over the source. Each stage after the source wraps the
 * downstream sink in its own ({@link #opWrapSink}); evaluation pushes the
 * source's elements through the wrapped chain one at a time.
 */
public abstract class AbstractPipeline {
    static final String MSG_LINKED = "stream has already been operated upon or closed";
    static final String MSG_CONSUMED = "source already consumed or closed";

    /** Operation flag: the operation may change the number of elements. */
    static final int NOT_SIZED = 1;
    /** Operation flag: the operation may stop consuming before the source is exhausted. */
    static final int SHORT_CIRCUIT = 2;
    /** Operation flag: the operation's output count is a function of its input count ({@link #adjustSize}). */
    static final int SIZE_ADJUSTING = 4;

    final AbstractPipeline sourceStage;
    final AbstractPipeline previous;
    /** This stage's element count follows from the source's exact size (see {@link #outputSize}). */
    final boolean sized;
    /** Some operation up to this stage short-circuits. */
    final boolean shortCircuit;
    boolean linkedOrConsumed;

    // Only meaningful in the source stage.
    Source source;
    Runnable closeAction;
    boolean parallel;

    AbstractPipeline(Source source) {
        this.sourceStage = this;
        this.previous = null;
        this.source = source;
        this.sized = source.sized();
        this.shortCircuit = false;
    }

    AbstractPipeline(AbstractPipeline previous, int opFlags) {
        if (previous.linkedOrConsumed) {
            throw new IllegalStateException(MSG_LINKED);
        }
        previous.linkedOrConsumed = true;
        this.previous = previous;
        this.sourceStage = previous.sourceStage;
        this.sized = previous.sized && (opFlags & NOT_SIZED) == 0;
        this.shortCircuit = previous.shortCircuit || (opFlags & SHORT_CIRCUIT) != 0;
    }

    /** A size-adjusting stage's output count for an input count (never called with a negative count). */
    long adjustSize(long size) {
        return size;
    }

    /** This stage's exact output count for the source's exact size, or -1. */
    final long outputSize(long sourceSize) {
        if (!sized || sourceSize < 0) {
            return -1;
        }
        return adjustFrom(this, sourceSize);
    }

    /** Applies the size adjustments of the stages from the source up to {@code p}, in pipeline order. */
    private long adjustFrom(AbstractPipeline p, long n) {
        return p == sourceStage ? n : p.adjustSize(adjustFrom(p.previous, n));
    }

    /** Wraps the sink receiving this stage's output in the sink receiving its input. */
    Sink opWrapSink(Sink downstream) {
        throw new InternalError("source stage has no operation");
    }

    /** Marks this stage consumed and takes the source. */
    final Source consume() {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_LINKED);
        }
        linkedOrConsumed = true;
        AbstractPipeline head = sourceStage;
        Source s = head.source;
        if (s == null) {
            throw new IllegalStateException(MSG_CONSUMED);
        }
        head.source = null;
        return s;
    }

    /** The sink chain from this stage's input back up to the first operation after the source. */
    final Sink wrap(Sink sink) {
        for (AbstractPipeline p = this; p != sourceStage; p = p.previous) {
            sink = p.opWrapSink(sink);
        }
        return sink;
    }

    /** Runs the pipeline into {@code terminal} and returns it. */
    final <S extends Sink> S evaluate(S terminal, boolean terminalShortCircuits) {
        Source src = consume();
        Sink sink = wrap(terminal);
        sink.begin(sized ? src.exactSize() : -1);
        if (shortCircuit || terminalShortCircuits) {
            while (!sink.cancellationRequested() && src.tryAdvance(sink)) {
            }
        } else {
            src.forEachRemaining(sink);
        }
        sink.end();
        return terminal;
    }

    /** For count(): the element count if known without running the pipeline (consuming it), else -1 (nothing consumed). */
    final long countIfSized() {
        if (!sized) {
            return -1;
        }
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_LINKED);
        }
        Source s = sourceStage.source;
        if (s == null) {
            throw new IllegalStateException(MSG_CONSUMED);
        }
        long n = outputSize(s.exactSize());
        if (n < 0) {
            return -1;
        }
        consume();
        return n;
    }

    /** Consumes this stage and returns a pull-style source of its output elements. */
    final Source asSource(int shape) {
        Source src = consume();
        if (this == sourceStage) {
            return src;
        }
        PullSource.Buffer buffer = new PullSource.Buffer(shape);
        return new PullSource(src, wrap(buffer), buffer, this);
    }

    /**
     * Runs this pipeline into {@code target} without calling target's begin
     * or end (as flatMap does with each mapped stream); with
     * {@code cancellable}, stops as soon as target asks.
     */
    final void pushInto(Sink target, boolean cancellable, int shape) {
        if (cancellable) {
            Source s = asSource(shape);
            while (!target.cancellationRequested() && s.tryAdvance(target)) {
            }
            return;
        }
        Source src = consume();
        if (this == sourceStage) {
            src.forEachRemaining(target);
            return;
        }
        Sink sink = wrap(new Forward(target));
        sink.begin(sized ? src.exactSize() : -1);
        if (shortCircuit) {
            while (!sink.cancellationRequested() && src.tryAdvance(sink)) {
            }
        } else {
            src.forEachRemaining(sink);
        }
        sink.end();
    }

    /** The source of any stream of the given shape (crema's own or another implementation). */
    static Source sourceOf(BaseStream<?, ?> stream, int shape) {
        if (stream instanceof AbstractPipeline) {
            return ((AbstractPipeline) stream).asSource(shape);
        }
        switch (shape) {
            case PullSource.INT:
                return new Sources.IntIter((java.util.PrimitiveIterator.OfInt) stream.iterator());
            case PullSource.LONG:
                return new Sources.LongIter((java.util.PrimitiveIterator.OfLong) stream.iterator());
            case PullSource.DOUBLE:
                return new Sources.DoubleIter((java.util.PrimitiveIterator.OfDouble) stream.iterator());
            default:
                return new Sources.Iter(stream.iterator());
        }
    }

    /** Pushes every element of {@code stream} into target (no begin/end), then closes the stream. */
    static void flatPush(BaseStream<?, ?> stream, Sink target, boolean cancellable, int shape) {
        try (BaseStream<?, ?> s = stream) {
            if (s instanceof AbstractPipeline) {
                ((AbstractPipeline) s).pushInto(target, cancellable, shape);
            } else {
                Source src = sourceOf(s, shape);
                while (!(cancellable && target.cancellationRequested()) && src.tryAdvance(target)) {
                }
            }
        }
    }

    // ---- BaseStream plumbing shared by the four pipeline kinds ----

    public final boolean isParallel() {
        return sourceStage.parallel;
    }

    final void setParallel(boolean p) {
        sourceStage.parallel = p;
    }

    final void addCloseHandler(Runnable handler) {
        if (linkedOrConsumed) {
            throw new IllegalStateException(MSG_LINKED);
        }
        Objects.requireNonNull(handler);
        Runnable existing = sourceStage.closeAction;
        sourceStage.closeAction = existing == null ? handler : new CloseBoth(existing, handler);
    }

    public final void close() {
        linkedOrConsumed = true;
        if (this == sourceStage) {
            source = null;
        }
        Runnable action = sourceStage.closeAction;
        if (action != null) {
            sourceStage.closeAction = null;
            action.run();
        }
    }

    /** Runs two close actions in order; the second runs even if the first throws, and its exception is suppressed by the first's. */
    static final class CloseBoth implements Runnable {
        private final Runnable first;
        private final Runnable second;

        CloseBoth(Runnable first, Runnable second) {
            this.first = first;
            this.second = second;
        }

        public void run() {
            try {
                first.run();
            } catch (Throwable e1) {
                try {
                    second.run();
                } catch (Throwable e2) {
                    if (e1 != e2) {
                        e1.addSuppressed(e2);
                    }
                }
                throw e1;
            }
            second.run();
        }
    }

    /** Closes two streams in order, as a close action of their concatenation. */
    static Runnable closeBoth(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        return new CloseBoth(a::close, b::close);
    }

    // ---- sinks shared by all shapes ----

    /** Passes elements and cancellation through, but not begin/end. */
    static final class Forward extends Sink {
        private final Sink target;

        Forward(Sink target) {
            this.target = target;
        }

        public boolean cancellationRequested() {
            return target.cancellationRequested();
        }

        public void accept(Object t) {
            target.accept(t);
        }

        public void accept(int v) {
            target.accept(v);
        }

        public void accept(long v) {
            target.accept(v);
        }

        public void accept(double v) {
            target.accept(v);
        }
    }

    /** skip(n) and limit(m): drops the first {@code skip} elements, passes at most {@code limit}. */
    static final class Slice extends Sink.Chained {
        private long skip;
        private long limit;

        Slice(Sink downstream, long skip, long limit) {
            super(downstream);
            this.skip = skip;
            this.limit = limit;
        }

        public void begin(long size) {
            downstream.begin(size < 0 ? -1 : sliceSize(size, skip, limit));
        }

        public boolean cancellationRequested() {
            return limit == 0 || downstream.cancellationRequested();
        }

        public void accept(Object t) {
            if (skip == 0) {
                if (limit > 0) {
                    limit--;
                    downstream.accept(t);
                }
            } else {
                skip--;
            }
        }

        public void accept(int t) {
            if (skip == 0) {
                if (limit > 0) {
                    limit--;
                    downstream.accept(t);
                }
            } else {
                skip--;
            }
        }

        public void accept(long t) {
            if (skip == 0) {
                if (limit > 0) {
                    limit--;
                    downstream.accept(t);
                }
            } else {
                skip--;
            }
        }

        public void accept(double t) {
            if (skip == 0) {
                if (limit > 0) {
                    limit--;
                    downstream.accept(t);
                }
            } else {
                skip--;
            }
        }
    }

    /** Operation flags of a slice: limits short-circuit, and both adjust the size. */
    static int sliceFlags(long limit) {
        return limit == Long.MAX_VALUE ? SIZE_ADJUSTING : SIZE_ADJUSTING | SHORT_CIRCUIT;
    }

    /** The number of elements a slice passes on out of {@code size}. */
    static long sliceSize(long size, long skip, long limit) {
        return Math.max(0, Math.min(size - skip, limit));
    }

    static void checkSlice(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
    }

    /** count(): counts elements of any shape. */
    static final class Count extends Sink {
        long count;

        public void accept(Object t) {
            count++;
        }

        public void accept(int t) {
            count++;
        }

        public void accept(long t) {
            count++;
        }

        public void accept(double t) {
            count++;
        }
    }

    /** count() of a pipeline, without running it when its size is known. */
    final long doCount() {
        long n = countIfSized();
        if (n >= 0) {
            return n;
        }
        return evaluate(new Count(), false).count;
    }

    /** The base of flatMap sinks: pushes each mapped stream's elements downstream, then closes it. */
    abstract static class FlatMap extends Sink.Chained {
        private final int shape;
        private boolean cancellationAsked;

        FlatMap(Sink downstream, int shape) {
            super(downstream);
            this.shape = shape;
        }

        public boolean cancellationRequested() {
            cancellationAsked = true;
            return downstream.cancellationRequested();
        }

        final void push(BaseStream<?, ?> mapped) {
            if (mapped != null) {
                flatPush(mapped, downstream, cancellationAsked, shape);
            }
        }
    }

    /** The base of anyMatch/allMatch/noneMatch sinks: {@code stop} once the predicate gives {@code stopOn}. */
    abstract static class Match extends Sink {
        final boolean stopOn;
        boolean stop;

        Match(boolean stopOn) {
            this.stopOn = stopOn;
        }

        public boolean cancellationRequested() {
            return stop;
        }
    }

    static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    /** Initial buffer capacity for a begin(size) hint. */
    static int arrayCapacity(long size) {
        if (size >= MAX_ARRAY_SIZE) {
            throw new IllegalArgumentException("Stream size exceeds max array size");
        }
        return size >= 0 ? (int) size : 16;
    }

    /** The next capacity of a full buffer of {@code n} elements. */
    static int grow(int n) {
        if (n >= MAX_ARRAY_SIZE) {
            throw new IllegalArgumentException("Stream size exceeds max array size");
        }
        long m = Math.max(16L, (long) n * 2);
        return (int) Math.min(m, MAX_ARRAY_SIZE);
    }
}
