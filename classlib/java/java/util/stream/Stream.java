package java.util.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import jdk.internal.stream.RefPipeline;

/**
 * A sequence of elements supporting lazy aggregate operations. Intermediate
 * operations build a pipeline; a terminal operation runs it, pulling the
 * source's elements through the pipeline one at a time. A stream can be
 * used only once.
 */
public interface Stream<T> extends BaseStream<T, Stream<T>> {

    Stream<T> filter(Predicate<? super T> predicate);

    <R> Stream<R> map(Function<? super T, ? extends R> mapper);

    IntStream mapToInt(ToIntFunction<? super T> mapper);

    LongStream mapToLong(ToLongFunction<? super T> mapper);

    DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper);

    <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper);

    IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper);

    LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper);

    DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper);

    /** Replaces each element by the elements the mapper passes to the consumer. */
    default <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(e -> {
            List<R> buffer = new ArrayList<>();
            mapper.accept(e, (Consumer<R>) buffer::add);
            return buffer.stream();
        });
    }

    default IntStream mapMultiToInt(BiConsumer<? super T, ? super IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return flatMapToInt(e -> {
            IntStream.Builder b = IntStream.builder();
            mapper.accept(e, b);
            return b.build();
        });
    }

    default LongStream mapMultiToLong(BiConsumer<? super T, ? super LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return flatMapToLong(e -> {
            LongStream.Builder b = LongStream.builder();
            mapper.accept(e, b);
            return b.build();
        });
    }

    default DoubleStream mapMultiToDouble(BiConsumer<? super T, ? super DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return flatMapToDouble(e -> {
            DoubleStream.Builder b = DoubleStream.builder();
            mapper.accept(e, b);
            return b.build();
        });
    }

    Stream<T> distinct();

    Stream<T> sorted();

    Stream<T> sorted(Comparator<? super T> comparator);

    Stream<T> peek(Consumer<? super T> action);

    Stream<T> limit(long maxSize);

    Stream<T> skip(long n);

    /** The longest prefix of elements matching the predicate. */
    default Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        boolean[] taking = {true};
        return filter(t -> taking[0] && (taking[0] = predicate.test(t)));
    }

    /** The elements after the longest prefix matching the predicate. */
    default Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        boolean[] taking = {false};
        return filter(t -> taking[0] || (taking[0] = !predicate.test(t)));
    }

    void forEach(Consumer<? super T> action);

    void forEachOrdered(Consumer<? super T> action);

    Object[] toArray();

    <A> A[] toArray(IntFunction<A[]> generator);

    T reduce(T identity, BinaryOperator<T> accumulator);

    Optional<T> reduce(BinaryOperator<T> accumulator);

    <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner);

    <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner);

    <R, A> R collect(Collector<? super T, A, R> collector);

    /** The elements in an unmodifiable list (nulls allowed). */
    @SuppressWarnings("unchecked")
    default List<T> toList() {
        return (List<T>) Collections.unmodifiableList(new ArrayList<>(java.util.Arrays.asList(this.toArray())));
    }

    Optional<T> min(Comparator<? super T> comparator);

    Optional<T> max(Comparator<? super T> comparator);

    long count();

    boolean anyMatch(Predicate<? super T> predicate);

    boolean allMatch(Predicate<? super T> predicate);

    boolean noneMatch(Predicate<? super T> predicate);

    Optional<T> findFirst();

    Optional<T> findAny();

    // ---- sources ----

    public static <T> Builder<T> builder() {
        return RefPipeline.builder();
    }

    public static <T> Stream<T> empty() {
        return RefPipeline.empty();
    }

    public static <T> Stream<T> of(T t) {
        return RefPipeline.ofArray(new Object[] {t}, 0, 1);
    }

    public static <T> Stream<T> ofNullable(T t) {
        return t == null ? RefPipeline.empty() : RefPipeline.ofArray(new Object[] {t}, 0, 1);
    }

    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> Stream<T> of(T... values) {
        return RefPipeline.ofArray(values, 0, values.length);
    }

    /** seed, f(seed), f(f(seed)), ... (f is applied only when the next element is needed). */
    public static <T> Stream<T> iterate(T seed, UnaryOperator<T> f) {
        Objects.requireNonNull(f);
        return RefPipeline.iterate(seed, f);
    }

    /** seed, next(seed), ... as long as hasNext holds. */
    public static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return RefPipeline.iterate(seed, hasNext, next);
    }

    public static <T> Stream<T> generate(Supplier<? extends T> s) {
        Objects.requireNonNull(s);
        return RefPipeline.generate(s);
    }

    /** The elements of a followed by those of b; closing the result closes both. */
    public static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return RefPipeline.concat(a, b);
    }

    /** A mutable builder for a stream: add elements, then build() once. */
    public interface Builder<T> extends Consumer<T> {

        void accept(T t);

        default Builder<T> add(T t) {
            accept(t);
            return this;
        }

        Stream<T> build();
    }
}
