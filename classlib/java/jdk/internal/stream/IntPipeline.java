package jdk.internal.stream;

import java.util.Arrays;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The int-valued {@link IntStream}: a source stage or one intermediate
 * operation (an anonymous subclass overriding {@link #opWrapSink}).
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public class IntPipeline extends AbstractPipeline implements IntStream {

    IntPipeline(Source source) {
        super(source);
    }

    IntPipeline(AbstractPipeline previous, int opFlags) {
        super(previous, opFlags);
    }

    // ---- sources ----

    public static IntStream ofArray(int[] array, int from, int to) {
        return new IntPipeline(new Sources.IntArray(array, from, to));
    }

    public static IntStream empty() {
        return new IntPipeline(Sources.Empty.INSTANCE);
    }

    /** The ints from {@code from} (inclusive) to {@code to} (exclusive). */
    public static IntStream range(long from, long to) {
        return new IntPipeline(new Sources.IntRange(from, to));
    }

    public static IntStream iterate(int seed, IntUnaryOperator f) {
        return new IntPipeline(new Sources.IntIterate(seed, f));
    }

    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        return new IntPipeline(new Sources.IntIterateWhile(seed, hasNext, next));
    }

    public static IntStream generate(IntSupplier s) {
        return new IntPipeline(new Sources.IntGenerate(s));
    }

    public static IntStream chars(CharSequence seq) {
        return new IntPipeline(new Sources.Chars(seq));
    }

    public static IntStream codePoints(CharSequence seq) {
        return new IntPipeline(new Sources.CodePoints(seq));
    }

    public static IntStream concat(IntStream a, IntStream b) {
        IntPipeline r = new IntPipeline(new Sources.Concat(sourceOf(a, PullSource.INT), sourceOf(b, PullSource.INT)));
        r.parallel = a.isParallel() || b.isParallel();
        r.closeAction = closeBoth(a, b);
        return r;
    }

    public static IntStream.Builder builder() {
        return new Builder();
    }

    /** IntStream.builder(): a growable array, then a stream over it. */
    static final class Builder implements IntStream.Builder {
        private int[] elements = new int[8];
        private int count;
        private boolean built;

        public void accept(int t) {
            if (built) {
                throw new IllegalStateException();
            }
            if (count == elements.length) {
                elements = Arrays.copyOf(elements, count * 2);
            }
            elements[count++] = t;
        }

        public IntStream build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return ofArray(elements, 0, count);
        }
    }

    public static IntStream ofSpliterator(Spliterator.OfInt spliterator, boolean parallel) {
        IntPipeline r = new IntPipeline(new Sources.Spl(spliterator, PullSource.INT));
        r.parallel = parallel;
        return r;
    }

    public static IntStream ofSpliterator(Supplier<? extends Spliterator.OfInt> supplier, int characteristics, boolean parallel) {
        IntPipeline r = new IntPipeline(new Sources.Spl(supplier, characteristics, PullSource.INT));
        r.parallel = parallel;
        return r;
    }

    // ---- intermediate operations ----

    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        if (predicate.test(t)) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept(mapper.applyAsInt(t));
                    }
                };
            }
        };
    }

    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<U>(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept((Object) mapper.apply(t));
                    }
                };
            }
        };
    }

    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept(mapper.applyAsLong(t));
                    }
                };
            }
        };
    }

    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept(mapper.applyAsDouble(t));
                    }
                };
            }
        };
    }

    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new FlatMap(sink, PullSource.INT) {
                    public void accept(int t) {
                        push(mapper.apply(t));
                    }
                };
            }
        };
    }

    public IntStream mapMulti(IntStream.IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        mapper.accept(t, downstream);
                    }
                };
            }
        };
    }

    public IntStream distinct() {
        return new IntPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private HashSet<Integer> seen = new HashSet<>();

                    public void accept(int t) {
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

    public IntStream sorted() {
        return new IntPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new SortSink(sink);
            }
        };
    }

    /** sorted(): collects everything, sorts at end(), then pushes the result downstream. */
    static final class SortSink extends Sink.Chained {
        private int[] array;
        private int count;

        SortSink(Sink downstream) {
            super(downstream);
        }

        public void begin(long size) {
            array = new int[arrayCapacity(size)];
        }

        public boolean cancellationRequested() {
            return false;
        }

        public void accept(int t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grow(count));
            }
            array[count++] = t;
        }

        public void end() {
            int[] a = array;
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

    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return new IntPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        action.accept(t);
                        downstream.accept(t);
                    }
                };
            }
        };
    }

    public IntStream limit(long maxSize) {
        checkSlice(maxSize);
        return slice(0, maxSize);
    }

    public IntStream skip(long n) {
        checkSlice(n);
        if (n == 0) {
            return this;
        }
        return slice(n, Long.MAX_VALUE);
    }

    private IntStream slice(long skip, long limit) {
        return new IntPipeline(this, sliceFlags(limit)) {
            long adjustSize(long size) {
                return sliceSize(size, skip, limit);
            }

            Sink opWrapSink(Sink sink) {
                return new Slice(sink, skip, limit);
            }
        };
    }

    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, NOT_SIZED | SHORT_CIRCUIT) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private boolean take = true;

                    public void accept(int t) {
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

    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private boolean take;

                    public void accept(int t) {
                        if (take || (take = !predicate.test(t))) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public LongStream asLongStream() {
        return new LongPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept((long) t);
                    }
                };
            }
        };
    }

    public DoubleStream asDoubleStream() {
        return new DoublePipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(int t) {
                        downstream.accept((double) t);
                    }
                };
            }
        };
    }

    public Stream<Integer> boxed() {
        return mapToObj(Integer::valueOf);
    }

    // ---- terminal operations ----

    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            public void accept(int t) {
                action.accept(t);
            }
        }, false);
    }

    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    public int[] toArray() {
        return evaluate(new ToArray(), false).result();
    }

    /** toArray: an exact array when the size is known, else a growable one trimmed at the end. */
    static final class ToArray extends Sink {
        private int[] array;
        private int count;

        public void begin(long size) {
            array = new int[arrayCapacity(size)];
        }

        public void accept(int t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grow(count));
            }
            array[count++] = t;
        }

        int[] result() {
            return count == array.length ? array : Arrays.copyOf(array, count);
        }
    }

    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        return evaluate(new Fold(identity, op), false).state;
    }

    /** A fold with an initial state: state = op(state, element). */
    static final class Fold extends Sink {
        private final IntBinaryOperator op;
        int state;

        Fold(int identity, IntBinaryOperator op) {
            this.state = identity;
            this.op = op;
        }

        public void accept(int t) {
            state = op.applyAsInt(state, t);
        }
    }

    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        Reduce r = evaluate(new Reduce(op), false);
        return r.empty ? OptionalInt.empty() : OptionalInt.of(r.state);
    }

    /** reduce(op): the first element, then op(state, element). */
    static final class Reduce extends Sink {
        private final IntBinaryOperator op;
        boolean empty = true;
        int state;

        Reduce(IntBinaryOperator op) {
            this.op = op;
        }

        public void accept(int t) {
            if (empty) {
                empty = false;
                state = t;
            } else {
                state = op.applyAsInt(state, t);
            }
        }
    }

    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return evaluate(new CollectSink<R>(supplier, accumulator), false).container;
    }

    /** collect: a container from the supplier at begin(), then accumulator(container, element). */
    static final class CollectSink<R> extends Sink {
        private final Supplier<R> supplier;
        private final ObjIntConsumer<R> accumulator;
        R container;

        CollectSink(Supplier<R> supplier, ObjIntConsumer<R> accumulator) {
            this.supplier = supplier;
            this.accumulator = accumulator;
        }

        public void begin(long size) {
            container = supplier.get();
        }

        public void accept(int t) {
            accumulator.accept(container, t);
        }
    }

    public int sum() {
        return reduce(0, Integer::sum);
    }

    public OptionalInt min() {
        return reduce(Math::min);
    }

    public OptionalInt max() {
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

    public IntSummaryStatistics summaryStatistics() {
        return collect(IntSummaryStatistics::new, IntSummaryStatistics::accept, IntSummaryStatistics::combine);
    }

    public boolean anyMatch(IntPredicate predicate) {
        return match(predicate, true);
    }

    public boolean allMatch(IntPredicate predicate) {
        return !match(predicate, false);
    }

    public boolean noneMatch(IntPredicate predicate) {
        return !match(predicate, true);
    }

    /** Runs until the predicate's result equals stopOn; true if it stopped early. */
    private boolean match(IntPredicate predicate, boolean stopOn) {
        Objects.requireNonNull(predicate);
        return evaluate(new Match(stopOn) {
            public void accept(int t) {
                if (!stop && predicate.test(t) == stopOn) {
                    stop = true;
                }
            }
        }, true).stop;
    }

    public OptionalInt findFirst() {
        First f = evaluate(new First(), true);
        return f.found ? OptionalInt.of(f.value) : OptionalInt.empty();
    }

    public OptionalInt findAny() {
        return findFirst();
    }

    /** findFirst: takes one element, then asks for no more. */
    static final class First extends Sink {
        boolean found;
        int value;

        public boolean cancellationRequested() {
            return found;
        }

        public void accept(int t) {
            if (!found) {
                found = true;
                value = t;
            }
        }
    }

    // ---- BaseStream ----

    public PrimitiveIterator.OfInt iterator() {
        return new Iterators.OfInt(asSource(PullSource.INT));
    }

    public Spliterator.OfInt spliterator() {
        return (Spliterator.OfInt) SourceSpliterators.of(this, PullSource.INT);
    }

    public IntStream sequential() {
        setParallel(false);
        return this;
    }

    public IntStream parallel() {
        setParallel(true);
        return this;
    }

    public IntStream unordered() {
        return new IntPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return sink;
            }
        };
    }

    public IntStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
