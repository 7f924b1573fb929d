package jdk.internal.stream;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.HashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The double-valued {@link DoubleStream}: a source stage or one intermediate
 * operation (an anonymous subclass overriding {@link #opWrapSink}).
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public class DoublePipeline extends AbstractPipeline implements DoubleStream {

    DoublePipeline(Source source) {
        super(source);
    }

    DoublePipeline(AbstractPipeline previous, int opFlags) {
        super(previous, opFlags);
    }

    // ---- sources ----

    public static DoubleStream ofArray(double[] array, int from, int to) {
        return new DoublePipeline(new Sources.DoubleArray(array, from, to));
    }

    public static DoubleStream empty() {
        return new DoublePipeline(Sources.Empty.INSTANCE);
    }

    public static DoubleStream iterate(double seed, DoubleUnaryOperator f) {
        return new DoublePipeline(new Sources.DoubleIterate(seed, f));
    }

    public static DoubleStream iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
        return new DoublePipeline(new Sources.DoubleIterateWhile(seed, hasNext, next));
    }

    public static DoubleStream generate(DoubleSupplier s) {
        return new DoublePipeline(new Sources.DoubleGenerate(s));
    }

    public static DoubleStream concat(DoubleStream a, DoubleStream b) {
        DoublePipeline r = new DoublePipeline(new Sources.Concat(sourceOf(a, PullSource.DOUBLE), sourceOf(b, PullSource.DOUBLE)));
        r.parallel = a.isParallel() || b.isParallel();
        r.closeAction = closeBoth(a, b);
        return r;
    }

    public static DoubleStream.Builder builder() {
        return new Builder();
    }

    /** DoubleStream.builder(): a growable array, then a stream over it. */
    static final class Builder implements DoubleStream.Builder {
        private double[] elements = new double[8];
        private int count;
        private boolean built;

        public void accept(double t) {
            if (built) {
                throw new IllegalStateException();
            }
            if (count == elements.length) {
                elements = Arrays.copyOf(elements, count * 2);
            }
            elements[count++] = t;
        }

        public DoubleStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return ofArray(elements, 0, count);
        }
    }

    public static DoubleStream ofSpliterator(Spliterator.OfDouble spliterator, boolean parallel) {
        DoublePipeline r = new DoublePipeline(new Sources.Spl(spliterator, PullSource.DOUBLE));
        r.parallel = parallel;
        return r;
    }

    public static DoubleStream ofSpliterator(Supplier<? extends Spliterator.OfDouble> supplier, int characteristics, boolean parallel) {
        DoublePipeline r = new DoublePipeline(new Sources.Spl(supplier, characteristics, PullSource.DOUBLE));
        r.parallel = parallel;
        return r;
    }

    // ---- intermediate operations ----

    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        if (predicate.test(t)) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        downstream.accept(mapper.applyAsDouble(t));
                    }
                };
            }
        };
    }

    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<U>(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        downstream.accept((Object) mapper.apply(t));
                    }
                };
            }
        };
    }

    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        downstream.accept(mapper.applyAsInt(t));
                    }
                };
            }
        };
    }

    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        downstream.accept(mapper.applyAsLong(t));
                    }
                };
            }
        };
    }

    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new FlatMap(sink, PullSource.DOUBLE) {
                    public void accept(double t) {
                        push(mapper.apply(t));
                    }
                };
            }
        };
    }

    public DoubleStream mapMulti(DoubleStream.DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        mapper.accept(t, downstream);
                    }
                };
            }
        };
    }

    public DoubleStream distinct() {
        return new DoublePipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private HashSet<Double> seen = new HashSet<>();

                    public void accept(double t) {
                        if (seen.add(t)) {
                            downstream.accept(t);
                        }
                    }

                    public void end() {
                        seen = null;
                        downstream.end();
                    }
                };
            }
        };
    }

    public DoubleStream sorted() {
        return new DoublePipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new SortSink(sink);
            }
        };
    }

    /** sorted(): collects everything, sorts at end(), then pushes the result downstream. */
    static final class SortSink extends Sink.Chained {
        private double[] array;
        private int count;

        SortSink(Sink downstream) {
            super(downstream);
        }

        public void begin(long size) {
            array = new double[arrayCapacity(size)];
        }

        public boolean cancellationRequested() {
            return false;
        }

        public void accept(double t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grow(count));
            }
            array[count++] = t;
        }

        public void end() {
            double[] a = array;
            int n = count;
            array = null;
            Arrays.sort(a, 0, n);
            Sink d = downstream;
            d.begin(n);
            for (int i = 0; i < n && !d.cancellationRequested(); i++) {
                d.accept(a[i]);
            }
            d.end();
        }
    }

    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return new DoublePipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(double t) {
                        action.accept(t);
                        downstream.accept(t);
                    }
                };
            }
        };
    }

    public DoubleStream limit(long maxSize) {
        checkSlice(maxSize);
        return slice(0, maxSize);
    }

    public DoubleStream skip(long n) {
        checkSlice(n);
        if (n == 0) {
            return this;
        }
        return slice(n, Long.MAX_VALUE);
    }

    private DoubleStream slice(long skip, long limit) {
        return new DoublePipeline(this, sliceFlags(limit)) {
            long adjustSize(long size) {
                return sliceSize(size, skip, limit);
            }

            Sink opWrapSink(Sink sink) {
                return new Slice(sink, skip, limit);
            }
        };
    }

    public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, NOT_SIZED | SHORT_CIRCUIT) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private boolean take = true;

                    public void accept(double t) {
                        if (take && (take = predicate.test(t))) {
                            downstream.accept(t);
                        }
                    }

                    public boolean cancellationRequested() {
                        return !take || downstream.cancellationRequested();
                    }
                };
            }
        };
    }

    public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private boolean take;

                    public void accept(double t) {
                        if (take || (take = !predicate.test(t))) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public Stream<Double> boxed() {
        return mapToObj(Double::valueOf);
    }

    // ---- terminal operations ----

    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            public void accept(double t) {
                action.accept(t);
            }
        }, false);
    }

    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    public double[] toArray() {
        return evaluate(new ToArray(), false).result();
    }

    /** toArray: an exact array when the size is known, else a growable one trimmed at the end. */
    static final class ToArray extends Sink {
        private double[] array;
        private int count;

        public void begin(long size) {
            array = new double[arrayCapacity(size)];
        }

        public void accept(double t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grow(count));
            }
            array[count++] = t;
        }

        double[] result() {
            return count == array.length ? array : Arrays.copyOf(array, count);
        }
    }

    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        return evaluate(new Fold(identity, op), false).state;
    }

    /** A fold with an initial state: state = op(state, element). */
    static final class Fold extends Sink {
        private final DoubleBinaryOperator op;
        double state;

        Fold(double identity, DoubleBinaryOperator op) {
            this.state = identity;
            this.op = op;
        }

        public void accept(double t) {
            state = op.applyAsDouble(state, t);
        }
    }

    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        Reduce r = evaluate(new Reduce(op), false);
        return r.empty ? OptionalDouble.empty() : OptionalDouble.of(r.state);
    }

    /** reduce(op): the first element, then op(state, element). */
    static final class Reduce extends Sink {
        private final DoubleBinaryOperator op;
        boolean empty = true;
        double state;

        Reduce(DoubleBinaryOperator op) {
            this.op = op;
        }

        public void accept(double t) {
            if (empty) {
                empty = false;
                state = t;
            } else {
                state = op.applyAsDouble(state, t);
            }
        }
    }

    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(new CollectSink<R>(supplier, accumulator), false).container;
    }

    /** collect: a container from the supplier at begin(), then accumulator(container, element). */
    static final class CollectSink<R> extends Sink {
        private final Supplier<R> supplier;
        private final ObjDoubleConsumer<R> accumulator;
        R container;

        CollectSink(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator) {
            this.supplier = supplier;
            this.accumulator = accumulator;
        }

        public void begin(long size) {
            container = supplier.get();
        }

        public void accept(double t) {
            accumulator.accept(container, t);
        }
    }

    public double sum() {
        return evaluate(new Sum(), false).sum();
    }

    /** sum() and average(): compensated (Kahan) summation, plus the plain sum for infinities. */
    static final class Sum extends Sink {
        private double high;
        private double compensation;
        private double simple;
        long count;

        public void accept(double t) {
            count++;
            simple += t;
            double y = t - compensation;
            double s = high;
            double r = s + y;
            compensation = (r - s) - y;
            high = r;
        }

        double sum() {
            double r = high - compensation;
            if (Double.isNaN(r) && Double.isInfinite(simple)) {
                return simple;
            }
            return r;
        }
    }

    public OptionalDouble min() {
        return reduce(Math::min);
    }

    public OptionalDouble max() {
        return reduce(Math::max);
    }

    public long count() {
        return doCount();
    }

    public OptionalDouble average() {
        Sum s = evaluate(new Sum(), false);
        return s.count > 0 ? OptionalDouble.of(s.sum() / s.count) : OptionalDouble.empty();
    }

    public DoubleSummaryStatistics summaryStatistics() {
        return collect(DoubleSummaryStatistics::new, DoubleSummaryStatistics::accept, DoubleSummaryStatistics::combine);
    }

    public boolean anyMatch(DoublePredicate predicate) {
        return match(predicate, true);
    }

    public boolean allMatch(DoublePredicate predicate) {
        return !match(predicate, false);
    }

    public boolean noneMatch(DoublePredicate predicate) {
        return !match(predicate, true);
    }

    /** Runs until the predicate's result equals stopOn; true if it stopped early. */
    private boolean match(DoublePredicate predicate, boolean stopOn) {
        Objects.requireNonNull(predicate);
        return evaluate(new Match(stopOn) {
            public void accept(double t) {
                if (!stop && predicate.test(t) == stopOn) {
                    stop = true;
                }
            }
        }, true).stop;
    }

    public OptionalDouble findFirst() {
        First f = evaluate(new First(), true);
        return f.found ? OptionalDouble.of(f.value) : OptionalDouble.empty();
    }

    public OptionalDouble findAny() {
        return findFirst();
    }

    /** findFirst: takes one element, then asks for no more. */
    static final class First extends Sink {
        boolean found;
        double value;

        public boolean cancellationRequested() {
            return found;
        }

        public void accept(double t) {
            if (!found) {
                found = true;
                value = t;
            }
        }
    }

    // ---- BaseStream ----

    public PrimitiveIterator.OfDouble iterator() {
        return new Iterators.OfDouble(asSource(PullSource.DOUBLE));
    }

    public Spliterator.OfDouble spliterator() {
        return (Spliterator.OfDouble) SourceSpliterators.of(this, PullSource.DOUBLE);
    }

    public DoubleStream sequential() {
        setParallel(false);
        return this;
    }

    public DoubleStream parallel() {
        setParallel(true);
        return this;
    }

    public DoubleStream unordered() {
        return new DoublePipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return sink;
            }
        };
    }

    public DoubleStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
