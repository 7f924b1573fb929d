package java.util;

/**
 * Package-private holder of the comparator implementations behind the
 * default and static methods of {@link Comparator}.
 */
final class Comparators {

    private Comparators() {
    }

    @SuppressWarnings("rawtypes")
    private static final Natural NATURAL = new Natural();
    @SuppressWarnings("rawtypes")
    private static final ReverseNatural REVERSE = new ReverseNatural();

    @SuppressWarnings("unchecked")
    static <T> Comparator<T> natural() {
        return (Comparator<T>) NATURAL;
    }

    @SuppressWarnings("unchecked")
    static <T> Comparator<T> reverse() {
        return (Comparator<T>) REVERSE;
    }

    /** Natural ordering: {@code a.compareTo(b)}. */
    static final class Natural<T extends Comparable<? super T>> implements Comparator<T> {
        public int compare(T a, T b) {
            return a.compareTo(b);
        }

        public Comparator<T> reversed() {
            return Comparators.<T>reverse();
        }
    }

    /** Reverse natural ordering: {@code b.compareTo(a)}. */
    static final class ReverseNatural<T extends Comparable<? super T>> implements Comparator<T> {
        public int compare(T a, T b) {
            return b.compareTo(a);
        }

        public Comparator<T> reversed() {
            return Comparators.<T>natural();
        }
    }

    /** The reverse of an arbitrary comparator. */
    static final class Reversed<T> implements Comparator<T> {
        final Comparator<T> cmp;

        Reversed(Comparator<T> cmp) {
            this.cmp = cmp;
        }

        public int compare(T a, T b) {
            return cmp.compare(b, a);
        }

        public Comparator<T> reversed() {
            return cmp;
        }

        public boolean equals(Object o) {
            return o == this || (o instanceof Reversed && cmp.equals(((Reversed<?>) o).cmp));
        }

        public int hashCode() {
            return cmp.hashCode() ^ Integer.MIN_VALUE;
        }
    }

    /** Lexicographic combination of two comparators. */
    static final class Then<T> implements Comparator<T> {
        final Comparator<T> first;
        final Comparator<? super T> second;

        Then(Comparator<T> first, Comparator<? super T> second) {
            this.first = first;
            this.second = second;
        }

        public int compare(T a, T b) {
            int res = first.compare(a, b);
            return res != 0 ? res : second.compare(a, b);
        }
    }

    /** Null-friendly wrapper: nulls first or last, others by the wrapped comparator (all equal if it is null). */
    static final class Nulls<T> implements Comparator<T> {
        final boolean nullFirst;
        final Comparator<T> real;

        @SuppressWarnings("unchecked")
        Nulls(boolean nullFirst, Comparator<? super T> real) {
            this.nullFirst = nullFirst;
            this.real = (Comparator<T>) real;
        }

        public int compare(T a, T b) {
            if (a == null) {
                return b == null ? 0 : (nullFirst ? -1 : 1);
            } else if (b == null) {
                return nullFirst ? 1 : -1;
            } else {
                return real == null ? 0 : real.compare(a, b);
            }
        }

        public Comparator<T> reversed() {
            return new Nulls<T>(!nullFirst, real == null ? null : real.reversed());
        }

        public Comparator<T> thenComparing(Comparator<? super T> other) {
            Objects.requireNonNull(other);
            return new Nulls<T>(nullFirst, real == null ? other : new Then<T>(real, other));
        }
    }
}
