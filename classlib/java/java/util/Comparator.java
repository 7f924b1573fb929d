package java.util;

/**
 * A comparison function imposing a total ordering on objects of type T.
 * The default and static helpers are implemented with small named classes
 * (no lambdas).
 */
public interface Comparator<T> {

    int compare(T o1, T o2);

    boolean equals(Object obj);

    default Comparator<T> reversed() {
        return new Comparators.Reversed<T>(this);
    }

    default Comparator<T> thenComparing(Comparator<? super T> other) {
        Objects.requireNonNull(other);
        return new Comparators.Then<T>(this, other);
    }

    static <T extends Comparable<? super T>> Comparator<T> naturalOrder() {
        return Comparators.<T>natural();
    }

    static <T extends Comparable<? super T>> Comparator<T> reverseOrder() {
        return Comparators.<T>reverse();
    }

    static <T> Comparator<T> nullsFirst(Comparator<? super T> comparator) {
        return new Comparators.Nulls<T>(true, comparator);
    }

    static <T> Comparator<T> nullsLast(Comparator<? super T> comparator) {
        return new Comparators.Nulls<T>(false, comparator);
    }
}
