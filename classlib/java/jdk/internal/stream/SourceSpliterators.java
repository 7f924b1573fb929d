package jdk.internal.stream;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * {@link Spliterator}s over a stream's output (BaseStream.spliterator()):
 * each wraps the stream's pull {@link Source} and forwards the element
 * pushed into it to the caller's action. They do not split.
 */
final class SourceSpliterators {

    private SourceSpliterators() {
    }

    /** The spliterator of a consumed stage: the original one for a spliterator source, else an adapter. */
    static Spliterator<?> of(AbstractPipeline stage, int shape) {
        Source s = stage.asSource(shape);
        if (s instanceof Sources.Spl) {
            return ((Sources.Spl) s).spliterator();
        }
        switch (shape) {
            case PullSource.INT:
                return new OfInt(s);
            case PullSource.LONG:
                return new OfLong(s);
            case PullSource.DOUBLE:
                return new OfDouble(s);
            default:
                return new OfRef<Object>(s);
        }
    }

    /** Shared state: the source and the characteristics derived from it (estimates come from the source). */
    abstract static class Base extends Sink {
        final Source source;
        private final int characteristics;

        Base(Source source) {
            this.source = source;
            this.characteristics = Spliterator.ORDERED
                    | (source.exactSize() >= 0 ? Spliterator.SIZED | Spliterator.SUBSIZED : 0);
        }

        public long estimateSize() {
            return source.estimateSize();
        }

        public int characteristics() {
            return characteristics;
        }
    }

    static final class OfRef<T> extends Base implements Spliterator<T> {
        private Consumer<? super T> action;

        OfRef(Source source) {
            super(source);
        }

        @SuppressWarnings("unchecked")
        public void accept(Object t) {
            action.accept((T) t);
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            this.action = Objects.requireNonNull(action);
            try {
                return source.tryAdvance(this);
            } finally {
                this.action = null;
            }
        }

        public Spliterator<T> trySplit() {
            return null;
        }
    }

    static final class OfInt extends Base implements Spliterator.OfInt {
        private IntConsumer action;

        OfInt(Source source) {
            super(source);
        }

        public void accept(int t) {
            action.accept(t);
        }

        public boolean tryAdvance(IntConsumer action) {
            this.action = Objects.requireNonNull(action);
            try {
                return source.tryAdvance(this);
            } finally {
                this.action = null;
            }
        }

        public Spliterator.OfInt trySplit() {
            return null;
        }
    }

    static final class OfLong extends Base implements Spliterator.OfLong {
        private LongConsumer action;

        OfLong(Source source) {
            super(source);
        }

        public void accept(long t) {
            action.accept(t);
        }

        public boolean tryAdvance(LongConsumer action) {
            this.action = Objects.requireNonNull(action);
            try {
                return source.tryAdvance(this);
            } finally {
                this.action = null;
            }
        }

        public Spliterator.OfLong trySplit() {
            return null;
        }
    }

    static final class OfDouble extends Base implements Spliterator.OfDouble {
        private DoubleConsumer action;

        OfDouble(Source source) {
            super(source);
        }

        public void accept(double t) {
            action.accept(t);
        }

        public boolean tryAdvance(DoubleConsumer action) {
            this.action = Objects.requireNonNull(action);
            try {
                return source.tryAdvance(this);
            } finally {
                this.action = null;
            }
        }

        public Spliterator.OfDouble trySplit() {
            return null;
        }
    }
}
