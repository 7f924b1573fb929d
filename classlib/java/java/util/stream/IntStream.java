package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
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
import jdk.internal.stream.IntPipeline;

/**
 * A sequence of int values supporting lazy aggregate operations; the int
 * specialization of {@link Stream}.
 */
public interface IntStream extends BaseStream<Integer, IntStream> {

    IntStream filter(IntPredicate predicate);

    IntStream map(IntUnaryOperator mapper);

    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    LongStream mapToLong(IntToLongFunction mapper);

    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    /** Replaces each value by the values the mapper passes to the consumer. */
    default IntStream mapMulti(IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(e -> {
            Builder b = builder();
            mapper.accept(e, b);
            return b.build();
        });
    }

    IntStream distinct();

    IntStream sorted();

    IntStream peek(IntConsumer action);

    IntStream limit(long maxSize);

    IntStream skip(long n);

    /** The longest prefix of values matching the predicate. */
    default IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        boolean[] taking = {true};
        return filter(t -> taking[0] && (taking[0] = predicate.test(t)));
    }

    /** The values after the longest prefix matching the predicate. */
    default IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        boolean[] taking = {false};
        return filter(t -> taking[0] || (taking[0] = !predicate.test(t)));
    }

    void forEach(IntConsumer action);

    void forEachOrdered(IntConsumer action);

    int[] toArray();

    int reduce(int identity, IntBinaryOperator op);

    OptionalInt reduce(IntBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    int sum();

    OptionalInt min();

    OptionalInt max();

    long count();

    OptionalDouble average();

    IntSummaryStatistics summaryStatistics();

    boolean anyMatch(IntPredicate predicate);

    boolean allMatch(IntPredicate predicate);

    boolean noneMatch(IntPredicate predicate);

    OptionalInt findFirst();

    OptionalInt findAny();

    LongStream asLongStream();

    DoubleStream asDoubleStream();

    Stream<Integer> boxed();

    IntStream sequential();

    IntStream parallel();

    PrimitiveIterator.OfInt iterator();

    java.util.Spliterator.OfInt spliterator();

    // ---- sources ----

    public static Builder builder() {
        return IntPipeline.builder();
    }

    public static IntStream empty() {
        return IntPipeline.empty();
    }

    public static IntStream of(int t) {
        return IntPipeline.ofArray(new int[] {t}, 0, 1);
    }

    public static IntStream of(int... values) {
        return IntPipeline.ofArray(values, 0, values.length);
    }

    public static IntStream iterate(int seed, IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return IntPipeline.iterate(seed, f);
    }

    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return IntPipeline.iterate(seed, hasNext, next);
    }

    public static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return IntPipeline.generate(s);
    }

    /** startInclusive, startInclusive + 1, ..., endExclusive - 1. */
    public static IntStream range(int startInclusive, int endExclusive) {
        if (startInclusive >= endExclusive) {
            return empty();
        }
        return IntPipeline.range(startInclusive, endExclusive);
    }

    /** startInclusive, startInclusive + 1, ..., endInclusive. */
    public static IntStream rangeClosed(int startInclusive, int endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        return IntPipeline.range(startInclusive, (long) endInclusive + 1);
    }

    public static IntStream concat(IntStream a, IntStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return IntPipeline.concat(a, b);
    }

    /** A mutable builder for an IntStream: add values, then build() once. */
    public interface Builder extends IntConsumer {

        void accept(int t);

        default Builder add(int t) {
            accept(t);
            return this;
        }

        IntStream build();
    }

    /** Passes any number of int results for one int value to a consumer. */
    @FunctionalInterface
    public interface IntMapMultiConsumer {
        void accept(int value, IntConsumer ic);
    }
}
