package java.util;

import java.util.function.Predicate;

/**
 * The unmodifiable set returned by {@code Set.of} and {@code Set.copyOf}:
 * null elements are rejected, duplicates in {@code Set.of} are an error,
 * every mutator throws UnsupportedOperationException and
 * {@code contains(null)} throws NullPointerException. Elements iterate in
 * the order they were given (the Java SE specification leaves the order
 * unspecified).
 */
final class ImmutableSet<E> extends AbstractSet<E> {

    static final ImmutableSet<Object> EMPTY = new ImmutableSet<Object>(new Object[0]);

    /** The elements, in iteration order. */
    private final Object[] elements;
    /** Open-addressing table (linear probing) holding the same elements; its length is a power of two. */
    private final Object[] table;

    private ImmutableSet(Object[] elements) {
        this.elements = elements;
        int cap = 2;
        while (cap < elements.length * 2) {
            cap <<= 1;
        }
        this.table = new Object[cap];
        for (int i = 0; i < elements.length; i++) {
            Object e = elements[i];
            int slot = probe(e);
            if (slot >= 0) {
                throw new IllegalArgumentException("duplicate element: " + e);
            }
            table[-(slot + 1)] = e;
        }
    }

    /**
     * Builds a set from {@code elements} (not shared with the caller).
     * With {@code dedup} repeated elements are dropped, otherwise they are an error.
     */
    @SuppressWarnings("unchecked")
    static <E> Set<E> of(Object[] elements, boolean dedup) {
        for (int i = 0; i < elements.length; i++) {
            Objects.requireNonNull(elements[i]);
        }
        if (elements.length == 0) {
            return (Set<E>) EMPTY;
        }
        if (dedup) {
            Object[] unique = new Object[elements.length];
            int n = 0;
            HashSet<Object> seen = new HashSet<Object>();
            for (int i = 0; i < elements.length; i++) {
                if (seen.add(elements[i])) {
                    unique[n++] = elements[i];
                }
            }
            elements = Arrays.copyOf(unique, n);
        }
        return new ImmutableSet<E>(elements);
    }

    /** Slot index of {@code o} if present, else {@code -(free slot) - 1}. */
    private int probe(Object o) {
        int mask = table.length - 1;
        int h = o.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        for (;;) {
            Object e = table[i];
            if (e == null) {
                return -i - 1;
            }
            if (o.equals(e)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    public int size() {
        return elements.length;
    }

    public boolean isEmpty() {
        return elements.length == 0;
    }

    public boolean contains(Object o) {
        Objects.requireNonNull(o);
        return elements.length > 0 && probe(o) >= 0;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private int i = 0;

            public boolean hasNext() {
                return i < elements.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (i >= elements.length) {
                    throw new NoSuchElementException();
                }
                return (E) elements[i++];
            }

            public void remove() {
                throw uoe();
            }
        };
    }

    public Object[] toArray() {
        return Arrays.copyOf(elements, elements.length);
    }

    public int hashCode() {
        int h = 0;
        for (int i = 0; i < elements.length; i++) {
            h += elements[i].hashCode();
        }
        return h;
    }

    public boolean add(E e) {
        throw uoe();
    }

    public boolean remove(Object o) {
        throw uoe();
    }

    public boolean addAll(Collection<? extends E> c) {
        throw uoe();
    }

    public boolean removeAll(Collection<?> c) {
        throw uoe();
    }

    public boolean retainAll(Collection<?> c) {
        throw uoe();
    }

    public boolean removeIf(Predicate<? super E> filter) {
        throw uoe();
    }

    public void clear() {
        throw uoe();
    }
}
