package java.util;

/**
 * A collection without duplicate elements (by {@code equals}).
 */
public interface Set<E> extends Collection<E> {

    int size();

    boolean isEmpty();

    boolean contains(Object o);

    Iterator<E> iterator();

    Object[] toArray();

    <T> T[] toArray(T[] a);

    boolean add(E e);

    boolean remove(Object o);

    boolean containsAll(Collection<?> c);

    boolean addAll(Collection<? extends E> c);

    boolean retainAll(Collection<?> c);

    boolean removeAll(Collection<?> c);

    void clear();

    boolean equals(Object o);

    int hashCode();

    // ---- unmodifiable sets ----

    @SuppressWarnings("unchecked")
    static <E> Set<E> of() {
        return (Set<E>) ImmutableSet.EMPTY;
    }

    static <E> Set<E> of(E e1) {
        return ImmutableSet.<E>of(new Object[] {e1}, false);
    }

    static <E> Set<E> of(E e1, E e2) {
        return ImmutableSet.<E>of(new Object[] {e1, e2}, false);
    }

    static <E> Set<E> of(E e1, E e2, E e3) {
        return ImmutableSet.<E>of(new Object[] {e1, e2, e3}, false);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4) {
        return ImmutableSet.<E>of(new Object[] {e1, e2, e3, e4}, false);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5) {
        return ImmutableSet.<E>of(new Object[] {e1, e2, e3, e4, e5}, false);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {
        return ImmutableSet.<E>of(new Object[] {e1, e2, e3, e4, e5, e6}, false);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {
        return ImmutableSet.<E>of(new Object[] {e1, e2, e3, e4, e5, e6, e7}, false);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {
        return ImmutableSet.<E>of(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8}, false);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {
        return ImmutableSet.<E>of(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9}, false);
    }

    static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {
        return ImmutableSet.<E>of(new Object[] {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10}, false);
    }

    @SafeVarargs
    static <E> Set<E> of(E... elements) {
        return ImmutableSet.<E>of(Arrays.copyOf(elements, elements.length, Object[].class), false);
    }

    /** An unmodifiable set of the (non-null) elements of {@code coll}; duplicates are dropped. */
    @SuppressWarnings("unchecked")
    static <E> Set<E> copyOf(Collection<? extends E> coll) {
        if (coll instanceof ImmutableSet) {
            return (Set<E>) coll;
        }
        return ImmutableSet.<E>of(coll.toArray(), true);
    }
}
