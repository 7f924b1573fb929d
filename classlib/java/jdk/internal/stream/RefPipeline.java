package jdk.internal.stream;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collector;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The reference-valued {@link Stream}: a source stage or one intermediate
 * operation (an anonymous subclass overriding {@link #opWrapSink}).
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public class RefPipeline<T> extends AbstractPipeline implements Stream<T> {

    RefPipeline(Source source) {
        super(source);
    }

    RefPipeline(AbstractPipeline previous, int opFlags) {
        super(previous, opFlags);
    }

    // ---- sources ----

    public static <T> Stream<T> of(Source source) {
        return new RefPipeline<T>(source);
    }

    public static <T> Stream<T> ofArray(Object[] array, int from, int to) {
        return new RefPipeline<T>(new Sources.RefArray(array, from, to));
    }

    public static <T> Stream<T> ofCollection(Collection<? extends T> c) {
        return new RefPipeline<T>(new Sources.Coll(c));
    }

    public static <T> Stream<T> ofIterator(Iterator<? extends T> it) {
        return new RefPipeline<T>(new Sources.Iter(it));
    }

    public static <T> Stream<T> empty() {
        return new RefPipeline<T>(Sources.Empty.INSTANCE);
    }

    public static <T> Stream<T> iterate(T seed, UnaryOperator<T> f) {
        return new RefPipeline<T>(new Sources.RefIterate(seed, f));
    }

    public static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
        return new RefPipeline<T>(new Sources.RefIterateWhile(seed, hasNext, next));
    }

    public static <T> Stream<T> generate(Supplier<? extends T> s) {
        return new RefPipeline<T>(new Sources.RefGenerate(s));
    }

    public static Stream<String> lines(String text) {
        return new RefPipeline<String>(new Sources.Lines(text));
    }

    public static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        RefPipeline<T> r = new RefPipeline<T>(new Sources.Concat(sourceOf(a, PullSource.REF), sourceOf(b, PullSource.REF)));
        r.parallel = a.isParallel() || b.isParallel();
        r.closeAction = closeBoth(a, b);
        return r;
    }

    public static <T> Stream.Builder<T> builder() {
        return new Builder<T>();
    }

    /** Stream.builder(): a growable array, then a stream over it. */
    static final class Builder<T> implements Stream.Builder<T> {
        private Object[] elements = new Object[8];
        private int count;
        private boolean built;

        public void accept(T t) {
            if (built) {
                throw new IllegalStateException();
            }
            if (count == elements.length) {
                elements = Arrays.copyOf(elements, count * 2);
            }
            elements[count++] = t;
        }

        public Stream<T> build() {
            if (built) {
                throw new IllegalStateException();
            }
            built = true;
            return ofArray(elements, 0, count);
        }
    }

    public static <T> Stream<T> ofSpliterator(Spliterator<T> spliterator, boolean parallel) {
        RefPipeline<T> r = new RefPipeline<T>(new Sources.Spl(spliterator, PullSource.REF));
        r.parallel = parallel;
        return r;
    }

    public static <T> Stream<T> ofSpliterator(Supplier<? extends Spliterator<T>> supplier, int characteristics, boolean parallel) {
        RefPipeline<T> r = new RefPipeline<T>(new Sources.Spl(supplier, characteristics, PullSource.REF));
        r.parallel = parallel;
        return r;
    }

    // ---- intermediate operations ----

    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new RefPipeline<T>(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        if (predicate.test((T) t)) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<R>(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        downstream.accept((Object) mapper.apply((T) t));
                    }
                };
            }
        };
    }

    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        downstream.accept(mapper.applyAsInt((T) t));
                    }
                };
            }
        };
    }

    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        downstream.accept(mapper.applyAsLong((T) t));
                    }
                };
            }
        };
    }

    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        downstream.accept(mapper.applyAsDouble((T) t));
                    }
                };
            }
        };
    }

    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<R>(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new FlatMap(sink, PullSource.REF) {
                    public void accept(Object t) {
                        push(mapper.apply((T) t));
                    }
                };
            }
        };
    }

    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new FlatMap(sink, PullSource.INT) {
                    public void accept(Object t) {
                        push(mapper.apply((T) t));
                    }
                };
            }
        };
    }

    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new FlatMap(sink, PullSource.LONG) {
                    public void accept(Object t) {
                        push(mapper.apply((T) t));
                    }
                };
            }
        };
    }

    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new FlatMap(sink, PullSource.DOUBLE) {
                    public void accept(Object t) {
                        push(mapper.apply((T) t));
                    }
                };
            }
        };
    }

    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<R>(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        mapper.accept((T) t, (Consumer<R>) (Consumer) downstream);
                    }
                };
            }
        };
    }

    public IntStream mapMultiToInt(BiConsumer<? super T, ? super IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        mapper.accept((T) t, downstream);
                    }
                };
            }
        };
    }

    public LongStream mapMultiToLong(BiConsumer<? super T, ? super LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        mapper.accept((T) t, downstream);
                    }
                };
            }
        };
    }

    public DoubleStream mapMultiToDouble(BiConsumer<? super T, ? super DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        mapper.accept((T) t, downstream);
                    }
                };
            }
        };
    }

    public Stream<T> distinct() {
        return new RefPipeline<T>(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private HashSet<Object> seen = new HashSet<>();

                    public void accept(Object t) {
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

    public Stream<T> sorted() {
        return sorted(null);
    }

    public Stream<T> sorted(Comparator<? super T> comparator) {
        return new RefPipeline<T>(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new SortSink(sink, comparator);
            }
        };
    }

    /** sorted(): collects everything, sorts stably at end(), then pushes the result downstream. */
    static final class SortSink extends Sink.Chained {
        private final Comparator comparator;
        private Object[] array;
        private int count;

        SortSink(Sink downstream, Comparator comparator) {
            super(downstream);
            this.comparator = comparator;
        }

        public void begin(long size) {
            array = new Object[arrayCapacity(size)];
        }

        public boolean cancellationRequested() {
            return false;
        }

        public void accept(Object t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grow(count));
            }
            array[count++] = t;
        }

        public void end() {
            Object[] a = array;
            int n = count;
            array = null;
            Arrays.sort(a, 0, n, comparator);
            Sink d = downstream;
            d.begin(n);
            for (int i = 0; i < n && !d.cancellationRequested(); i++) {
                d.accept(a[i]);
            }
            d.end();
        }
    }

    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return new RefPipeline<T>(this, 0) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    public void accept(Object t) {
                        action.accept((T) t);
                        downstream.accept(t);
                    }
                };
            }
        };
    }

    public Stream<T> limit(long maxSize) {
        checkSlice(maxSize);
        return slice(0, maxSize);
    }

    public Stream<T> skip(long n) {
        checkSlice(n);
        if (n == 0) {
            return this;
        }
        return slice(n, Long.MAX_VALUE);
    }

    private Stream<T> slice(long skip, long limit) {
        return new RefPipeline<T>(this, sliceFlags(limit)) {
            long adjustSize(long size) {
                return sliceSize(size, skip, limit);
            }

            Sink opWrapSink(Sink sink) {
                return new Slice(sink, skip, limit);
            }
        };
    }

    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new RefPipeline<T>(this, NOT_SIZED | SHORT_CIRCUIT) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private boolean take = true;

                    public void accept(Object t) {
                        if (take && (take = predicate.test((T) t))) {
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

    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new RefPipeline<T>(this, NOT_SIZED) {
            Sink opWrapSink(Sink sink) {
                return new Sink.Chained(sink) {
                    private boolean take;

                    public void accept(Object t) {
                        if (take || (take = !predicate.test((T) t))) {
                            downstream.accept(t);
                        }
                    }
                };
            }
        };
    }

    // ---- terminal operations ----

    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        evaluate(new Sink() {
            public void accept(Object t) {
                action.accept((T) t);
            }
        }, false);
    }

    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    public Object[] toArray() {
        return toArray(Object[]::new);
    }

    public <A> A[] toArray(IntFunction<A[]> generator) {
        Objects.requireNonNull(generator);
        ToArray sink = evaluate(new ToArray(generator), false);
        return (A[]) sink.result();
    }

    /** toArray: fills the generator's array directly when the size is known, else a growable buffer. */
    static final class ToArray extends Sink {
        private final IntFunction generator;
        private Object[] array;
        private boolean exact;
        private int count;

        ToArray(IntFunction generator) {
            this.generator = generator;
        }

        public void begin(long size) {
            if (size >= 0) {
                array = (Object[]) generator.apply(arrayCapacity(size));
                exact = true;
            } else {
                array = new Object[16];
            }
        }

        public void accept(Object t) {
            if (count == array.length) {
                array = Arrays.copyOf(array, grow(count));
            }
            array[count++] = t;
        }

        Object[] result() {
            if (exact && count == array.length) {
                return array;
            }
            Object[] r = (Object[]) generator.apply(count);
            for (int i = 0; i < count; i++) {
                r[i] = array[i];
            }
            return r;
        }
    }

    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        return (T) evaluate(new Fold(identity, accumulator), false).state;
    }

    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Reduce r = evaluate(new Reduce(accumulator), false);
        return r.empty ? Optional.empty() : Optional.of((T) r.state);
    }

    /** reduce(op): the first element, then op(state, element). */
    static final class Reduce extends Sink {
        private final BinaryOperator op;
        boolean empty = true;
        Object state;

        Reduce(BinaryOperator op) {
            this.op = op;
        }

        public void accept(Object t) {
            if (empty) {
                empty = false;
                state = t;
            } else {
                state = op.apply(state, t);
            }
        }
    }

    /** A fold with an initial state: state = f(state, element). */
    static final class Fold extends Sink {
        private final BiFunction f;
        Object state;

        Fold(Object identity, BiFunction f) {
            this.state = identity;
            this.f = f;
        }

        public void accept(Object t) {
            state = f.apply(state, t);
        }
    }

    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (U) evaluate(new Fold(identity, accumulator), false).state;
    }

    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (R) evaluate(new Collect(supplier, accumulator), false).container;
    }

    /** collect: a container from the supplier at begin(), then accumulator(container, element). */
    static final class Collect extends Sink {
        private final Supplier supplier;
        private final BiConsumer accumulator;
        Object container;

        Collect(Supplier supplier, BiConsumer accumulator) {
            this.supplier = supplier;
            this.accumulator = accumulator;
        }

        public void begin(long size) {
            container = supplier.get();
        }

        public void accept(Object t) {
            accumulator.accept(container, t);
        }
    }

    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Supplier<A> supplier = Objects.requireNonNull(collector).supplier();
        BiConsumer<A, ? super T> accumulator = collector.accumulator();
        collector.combiner();
        A container = (A) evaluate(new Collect(supplier, accumulator), false).container;
        if (collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return (R) container;
        }
        return collector.finisher().apply(container);
    }

    public List<T> toList() {
        return (List<T>) Collections.unmodifiableList(Arrays.asList(toArray()));
    }

    public Optional<T> min(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.minBy(comparator));
    }

    public Optional<T> max(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.maxBy(comparator));
    }

    public long count() {
        return doCount();
    }

    public boolean anyMatch(Predicate<? super T> predicate) {
        return match(predicate, true);
    }

    public boolean allMatch(Predicate<? super T> predicate) {
        return !match(predicate, false);
    }

    public boolean noneMatch(Predicate<? super T> predicate) {
        return !match(predicate, true);
    }

    /** Runs until the predicate's result equals stopOn; true if it stopped early. */
    private boolean match(Predicate<? super T> predicate, boolean stopOn) {
        Objects.requireNonNull(predicate);
        return evaluate(new Match(stopOn) {
            public void accept(Object t) {
                if (!stop && predicate.test((T) t) == stopOn) {
                    stop = true;
                }
            }
        }, true).stop;
    }

    public Optional<T> findFirst() {
        First f = evaluate(new First(), true);
        return f.found ? Optional.of((T) f.value) : Optional.empty();
    }

    public Optional<T> findAny() {
        return findFirst();
    }

    /** findFirst: takes one element, then asks for no more. */
    static final class First extends Sink {
        boolean found;
        Object value;

        public boolean cancellationRequested() {
            return found;
        }

        public void accept(Object t) {
            if (!found) {
                found = true;
                value = t;
            }
        }
    }

    // ---- BaseStream ----

    public Iterator<T> iterator() {
        return new Iterators.OfRef<T>(asSource(PullSource.REF));
    }

    public Spliterator<T> spliterator() {
        return (Spliterator<T>) SourceSpliterators.of(this, PullSource.REF);
    }

    public Stream<T> sequential() {
        setParallel(false);
        return this;
    }

    public Stream<T> parallel() {
        setParallel(true);
        return this;
    }

    public Stream<T> unordered() {
        return new RefPipeline<T>(this, 0) {
            Sink opWrapSink(Sink sink) {
                return sink;
            }
        };
    }

    public Stream<T> onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
