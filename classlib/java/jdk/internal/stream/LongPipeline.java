package jdk.internal.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The long-valued {@link LongStream}: a source stage or one intermediate
 * operation (an anonymous subclass overriding {@link #opWrapSink}).
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public class LongPipeline extends AbstractPipeline implements LongStream {

    LongPipeline(Source source) {
        super(source);
    }

    LongPipeline(AbstractPipeline previous, int opFlags) {
        super(previous, opFlags);
    }

    // ---- sources ----

    public static LongStream ofArray(long[] array, int from, int to) {
        return new LongPipeline(new Sources.LongArray(array, from, to));
    }

    public static LongStream empty() {
        return new LongPipeline(Sources.Empty.INSTANCE);
    }

    /** The longs from {@code first} to {@code last} inclusive, or none if {@code empty}. */
    public static LongStream range(long first, long last, boolean empty) {
        return new LongPipeline(new Sources.LongRange(first, last, empty));
    }

    public static LongStream iterate(long seed, LongUnaryOperator f) {
        return new LongPipeline(new Sources.LongIterate(seed, f));
    }

    public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        return new LongPipeline(new Sources.LongIterateWhile(seed, hasNext, next));
    }

    public static LongStream generate(LongSupplier s) {
        return new LongPipeline(new Sources.LongGenerate(s));
    }

    public static LongStream concat(LongStream a, LongStream b) {
        LongPipeline r = new LongPipeline(new Sources.Concat(sourceOf(a, PullSource.LONG), sourceOf(b, PullSource.LONG)));
        r.parallel = a.isParallel() || b.isParallel();
        r.closeAction = closeBoth(a, b);
        return r;
    }

    public static LongStream.Builder builder() {
        return new Builder();
    }

    /** LongStream.builder(): a growable array, then a stream over it. */
    static final class Builder implements LongStream.Builder {
        private long[] elements = new long[8];
        private int count;
        private boolean built;

        public void accept(long t) {
            if (built) {
                throw new IllegalStateException();
            }
            if (count == elements.length) {
                elements = Arrays.copyOf(elements, count * 2);
            }
            elements[count++] = t;
        }

        public LongStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return ofArray(elements, 0, count);
        }
    }

    public static LongStream ofSpliterator(Spliterator.OfLong spliterator, boolean parallel) {
        LongPipeline r = new LongPipeline(new Sources.Spl(spliterator, PullSource.LONG));
        r.parallel = parallel;
        return r;
    }

    public static LongStream ofSpliterator(Supplier<? extends Spliterator.OfLong> supplier, int characteristics, boolean parallel) {
        LongPipeline r = new LongPipeline(new Sources.Spl(supplier, characteristics, PullSource.LONG));
        r.parallel = parallel;
        return r;
    }

    // ---- intermediate operations ----

    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        if (predicate.test(t)) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept(mapper.applyAsLong(t));
                    }
                };
            }
        };
    }

    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<U>(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept((Object) mapper.apply(t));
                    }
                };
            }
        };
    }

    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept(mapper.applyAsInt(t));
                    }
                };
            }
        };
    }

    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept(mapper.applyAsDouble(t));
                    }
                };
            }
        };
    }

    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new FlatMap(sink, PullSource.LONG) {
                    public void accept(long t) {
                        push(mapper.apply(t));
                    }
                };
            }
        };
    }

    public LongStream mapMulti(LongStream.LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        mapper.accept(t, downstream);
                    }
                };
            }
        };
    }

    public LongStream distinct() {
        return new LongPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private HashSet<Long> seen = new HashSet<>();

                    public void accept(long t) {
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

    public LongStream sorted() {
        return new LongPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new SortSink(sink);
            }
        };
    }

    /** sorted(): collects everything, sorts at end(), then pushes the result downstream. */
    static final class SortSink extends Sink.Chained {
        private long[] array;
        private int count;

        SortSink(Sink downstream) {
            super(downstream);
        }

        public void begin(long size) {
            array = new long[arrayCapacity(size)];
        }

        public boolean cancellationRequested() {
            return false;
        }

        public void accept(long t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grow(count));
            }
            array[count++] = t;
        }

        public void end() {
            long[] a = array;
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

    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return new LongPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        action.accept(t);
                        downstream.accept(t);
                    }
                };
            }
        };
    }

    public LongStream limit(long maxSize) {
        checkSlice(maxSize);
        return slice(0, maxSize);
    }

    public LongStream skip(long n) {
        checkSlice(n);
        if (n == 0) {
            return this;
        }
        return slice(n, Long.MAX_VALUE);
    }

    private LongStream slice(long skip, long limit) {
        return new LongPipeline(this, sliceFlags(limit)) {
            long adjustSize(long size) {
                return sliceSize(size, skip, limit);
            }

            Sink opWrapSink(Sink sink) {
                return new Slice(sink, skip, limit);
            }
        };
    }

    public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, NOT_SIZED | SHORT_CIRCUIT) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private boolean take = true;

                    public void accept(long t) {
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

    public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private boolean take;

                    public void accept(long t) {
                        if (take || (take = !predicate.test(t))) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public DoubleStream asDoubleStream() {
        return new DoublePipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(long t) {
                        downstream.accept((double) t);
                    }
                };
            }
        };
    }

    public Stream<Long> boxed() {
        return mapToObj(Long::valueOf);
    }

    // ---- terminal operations ----

    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            public void accept(long t) {
                action.accept(t);
            }
        }, false);
    }

    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    public long[] toArray() {
        return evaluate(new ToArray(), false).result();
    }

    /** toArray: an exact array when the size is known, else a growable one trimmed at the end. */
    static final class ToArray extends Sink {
        private long[] array;
        private int count;

        public void begin(long size) {
            array = new long[arrayCapacity(size)];
        }

        public void accept(long t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grow(count));
            }
            array[count++] = t;
        }

        long[] result() {
            return count == array.length ? array : Arrays.copyOf(array, count);
        }
    }

    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        return evaluate(new Fold(identity, op), false).state;
    }

    /** A fold with an initial state: state = op(state, element). */
    static final class Fold extends Sink {
        private final LongBinaryOperator op;
        long state;

        Fold(long identity, LongBinaryOperator op) {
            this.state = identity;
            this.op = op;
        }

        public void accept(long t) {
            state = op.applyAsLong(state, t);
        }
    }

    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        Reduce r = evaluate(new Reduce(op), false);
        return r.empty ? OptionalLong.empty() : OptionalLong.of(r.state);
    }

    /** reduce(op): the first element, then op(state, element). */
    static final class Reduce extends Sink {
        private final LongBinaryOperator op;
        boolean empty = true;
        long state;

        Reduce(LongBinaryOperator op) {
            this.op = op;
        }

        public void accept(long t) {
            if (empty) {
                empty = false;
                state = t;
            } else {
                state = op.applyAsLong(state, t);
            }
        }
    }

    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(new CollectSink<R>(supplier, accumulator), false).container;
    }

    /** collect: a container from the supplier at begin(), then accumulator(container, element). */
    static final class CollectSink<R> extends Sink {
        private final Supplier<R> supplier;
        private final ObjLongConsumer<R> accumulator;
        R container;

        CollectSink(Supplier<R> supplier, ObjLongConsumer<R> accumulator) {
            this.supplier = supplier;
            this.accumulator = accumulator;
        }

        public void begin(long size) {
            container = supplier.get();
        }

        public void accept(long t) {
            accumulator.accept(container, t);
        }
    }

    public long sum() {
        return reduce(0, Long::sum);
    }

    public OptionalLong min() {
        return reduce(Math::min);
    }

    public OptionalLong max() {
        return reduce(Math::max);
    }

    public long count() {
        return doCount();
    }

    public OptionalDouble average() {
        long[] avg = collect(() -> new long[2], (ll, i) -> {
            ll[0]++;
            ll[1] += i;
        }, (ll, rr) -> {
            ll[0] += rr[0];
            ll[1] += rr[1];
        });
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    public LongSummaryStatistics summaryStatistics() {
        return collect(LongSummaryStatistics::new, LongSummaryStatistics::accept, LongSummaryStatistics::combine);
    }

    public boolean anyMatch(LongPredicate predicate) {
        return match(predicate, true);
    }

    public boolean allMatch(LongPredicate predicate) {
        return !match(predicate, false);
    }

    public boolean noneMatch(LongPredicate predicate) {
        return !match(predicate, true);
    }

    /** Runs until the predicate's result equals stopOn; true if it stopped early. */
    private boolean match(LongPredicate predicate, boolean stopOn) {
        Objects.requireNonNull(predicate);
        return evaluate(new Match(stopOn) {
            public void accept(long t) {
                if (!stop && predicate.test(t) == stopOn) {
                    stop = true;
                }
            }
        }, true).stop;
    }

    public OptionalLong findFirst() {
        First f = evaluate(new First(), true);
        return f.found ? OptionalLong.of(f.value) : OptionalLong.empty();
    }

    public OptionalLong findAny() {
        return findFirst();
    }

    /** findFirst: takes one element, then asks for no more. */
    static final class First extends Sink {
        boolean found;
        long value;

        public boolean cancellationRequested() {
            return found;
        }

        public void accept(long t) {
            if (!found) {
                found = true;
                value = t;
            }
        }
    }

    // ---- BaseStream ----

    public PrimitiveIterator.OfLong iterator() {
        return new Iterators.OfLong(asSource(PullSource.LONG));
    }

    public Spliterator.OfLong spliterator() {
        return (Spliterator.OfLong) SourceSpliterators.of(this, PullSource.LONG);
    }

    public LongStream sequential() {
        setParallel(false);
        return this;
    }

    public LongStream parallel() {
        setParallel(true);
        return this;
    }

    public LongStream unordered() {
        return new LongPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return sink;
            }
        };
    }

    public LongStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
