package java.util.stream;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/** A {@link Collector} made of its five parts. */
final class CollectorImpl<T, A, R> implements Collector<T, A, R> {
    private final Supplier<A> supplier;
    private final BiConsumer<A, T> accumulator;
    private final BinaryOperator<A> combiner;
    private final Function<A, R> finisher;
    private final Set<Characteristics> characteristics;

    CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
                  Function<A, R> finisher, Set<Characteristics> characteristics) {
        this.supplier = supplier;
        this.accumulator = accumulator;
        this.combiner = combiner;
        this.finisher = finisher;
        this.characteristics = characteristics;
    }

    /** A collector whose container is its result (IDENTITY_FINISH is added to the characteristics). */
    CollectorImpl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner, int characteristicBits) {
        this(supplier, accumulator, combiner, castingIdentity(), Chars.of(characteristicBits | ID));
    }

    public Supplier<A> supplier() {
        return supplier;
    }

    public BiConsumer<A, T> accumulator() {
        return accumulator;
    }

    public BinaryOperator<A> combiner() {
        return combiner;
    }

    public Function<A, R> finisher() {
        return finisher;
    }

    public Set<Characteristics> characteristics() {
        return characteristics;
    }

    static final int CONCURRENT = 1;
    static final int UNORDERED = 2;
    static final int ID = 4;

    static int bit(Characteristics c) {
        return 1 << c.ordinal();
    }

    /** The characteristics of a set as bits. */
    static int bits(Set<Characteristics> set) {
        if (set instanceof Chars) {
            return ((Chars) set).bits;
        }
        int b = 0;
        for (Characteristics c : set) {
            b |= bit(c);
        }
        return b;
    }

    @SuppressWarnings("unchecked")
    static <A, R> Function<A, R> castingIdentity() {
        return a -> (R) a;
    }

    /** An unmodifiable set of characteristics, as bits, iterated in declaration order. */
    static final class Chars extends AbstractSet<Characteristics> {
        private static final Chars[] ALL = new Chars[8];
        private static final Characteristics[] VALUES = Characteristics.values();

        final int bits;

        private Chars(int bits) {
            this.bits = bits;
        }

        static Chars of(int bits) {
            Chars c = ALL[bits];
            if (c == null) {
                ALL[bits] = c = new Chars(bits);
            }
            return c;
        }

        public int size() {
            return Integer.bitCount(bits);
        }

        public boolean contains(Object o) {
            return o instanceof Characteristics && (bits & bit((Characteristics) o)) != 0;
        }

        public Iterator<Characteristics> iterator() {
            return new Iterator<Characteristics>() {
                private int rest = bits;

                public boolean hasNext() {
                    return rest != 0;
                }

                public Characteristics next() {
                    if (rest == 0) {
                        throw new NoSuchElementException();
                    }
                    int i = Integer.numberOfTrailingZeros(rest);
                    rest &= rest - 1;
                    return VALUES[i];
                }
            };
        }
    }
}
