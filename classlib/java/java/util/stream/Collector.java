package java.util.stream;

import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A mutable reduction: a new container from {@link #supplier()}, elements
 * folded in with {@link #accumulator()}, partial containers merged with
 * {@link #combiner()}, and the result produced by {@link #finisher()}.
 */
public interface Collector<T, A, R> {

    Supplier<A> supplier();

    BiConsumer<A, T> accumulator();

    BinaryOperator<A> combiner();

    Function<A, R> finisher();

    Set<Characteristics> characteristics();

    /** A collector whose container is its result. */
    public static <T, R> Collector<T, R, R> of(Supplier<R> supplier, BiConsumer<R, T> accumulator,
                                               BinaryOperator<R> combiner, Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(characteristics);
        int bits = CollectorImpl.bit(Characteristics.IDENTITY_FINISH);
        for (Characteristics c : characteristics) {
            bits |= CollectorImpl.bit(Objects.requireNonNull(c));
        }
        return new CollectorImpl<>(supplier, accumulator, combiner, CollectorImpl.castingIdentity(),
                CollectorImpl.Chars.of(bits));
    }

    /** A collector with a finishing function. */
    public static <T, A, R> Collector<T, A, R> of(Supplier<A> supplier, BiConsumer<A, T> accumulator,
                                                  BinaryOperator<A> combiner, Function<A, R> finisher,
                                                  Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(finisher);
        Objects.requireNonNull(characteristics);
        int bits = 0;
        for (Characteristics c : characteristics) {
            bits |= CollectorImpl.bit(Objects.requireNonNull(c));
        }
        return new CollectorImpl<>(supplier, accumulator, combiner, finisher, CollectorImpl.Chars.of(bits));
    }

    /** Properties of a collector that reducing implementations may use. */
    enum Characteristics {
        CONCURRENT,
        UNORDERED,
        IDENTITY_FINISH
    }
}
