package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
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
import jdk.internal.stream.LongPipeline;

/**
 * A sequence of long values supporting lazy aggregate operations; the long
 * specialization of {@link Stream}.
 */
public interface LongStream extends BaseStream<Long, LongStream> {

    LongStream filter(LongPredicate predicate);

    LongStream map(LongUnaryOperator mapper);

    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    IntStream mapToInt(LongToIntFunction mapper);

    DoubleStream mapToDouble(LongToDoubleFunction mapper);

    LongStream flatMap(LongFunction<? extends LongStream> mapper);

    /** Replaces each value by the values the mapper passes to the consumer. */
    default LongStream mapMulti(LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(e -> {
            Builder b = builder();
            mapper.accept(e, b);
            return b.build();
        });
    }

    LongStream distinct();

    LongStream sorted();

    LongStream peek(LongConsumer action);

    LongStream limit(long maxSize);

    LongStream skip(long n);

    /** The longest prefix of values matching the predicate. */
    default LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        boolean[] taking = {true};
        return filter(t -> taking[0] && (taking[0] = predicate.test(t)));
    }

    /** The values after the longest prefix matching the predicate. */
    default LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        boolean[] taking = {false};
        return filter(t -> taking[0] || (taking[0] = !predicate.test(t)));
    }

    void forEach(LongConsumer action);

    void forEachOrdered(LongConsumer action);

    long[] toArray();

    long reduce(long identity, LongBinaryOperator op);

    OptionalLong reduce(LongBinaryOperator op);

    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);

    long sum();

    OptionalLong min();

    OptionalLong max();

    long count();

    OptionalDouble average();

    LongSummaryStatistics summaryStatistics();

    boolean anyMatch(LongPredicate predicate);

    boolean allMatch(LongPredicate predicate);

    boolean noneMatch(LongPredicate predicate);

    OptionalLong findFirst();

    OptionalLong findAny();

    DoubleStream asDoubleStream();

    Stream<Long> boxed();

    LongStream sequential();

    LongStream parallel();

    PrimitiveIterator.OfLong iterator();

    java.util.Spliterator.OfLong spliterator();

    // ---- sources ----

    public static Builder builder() {
        return LongPipeline.builder();
    }

    public static LongStream empty() {
        return LongPipeline.empty();
    }

    public static LongStream of(long t) {
        return LongPipeline.ofArray(new long[] {t}, 0, 1);
    }

    public static LongStream of(long... values) {
        return LongPipeline.ofArray(values, 0, values.length);
    }

    public static LongStream iterate(long seed, LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return LongPipeline.iterate(seed, f);
    }

    public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        Objects.requireNonNull(next);
        Objects.requireNonNull(hasNext);
        return LongPipeline.iterate(seed, hasNext, next);
    }

    public static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return LongPipeline.generate(s);
    }

    /** startInclusive, startInclusive + 1, ..., endExclusive - 1. */
    public static LongStream range(long startInclusive, long endExclusive) {
        if (startInclusive >= endExclusive) {
            return empty();
        }
        return LongPipeline.range(startInclusive, endExclusive - 1, false);
    }

    /** startInclusive, startInclusive + 1, ..., endInclusive. */
    public static LongStream rangeClosed(long startInclusive, long endInclusive) {
        if (startInclusive > endInclusive) {
            return empty();
        }
        return LongPipeline.range(startInclusive, endInclusive, false);
    }

    public static LongStream concat(LongStream a, LongStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return LongPipeline.concat(a, b);
    }

    /** A mutable builder for an LongStream: add values, then build() once. */
    public interface Builder extends LongConsumer {

        void accept(long t);

        default Builder add(long t) {
            accept(t);
            return this;
        }

        LongStream build();
    }

    /** Passes any number of long results for one long value to a consumer. */
    @FunctionalInterface
    public interface LongMapMultiConsumer {
        void accept(long value, LongConsumer ic);
    }
}
