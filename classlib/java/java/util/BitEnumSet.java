package java.util;

/**
 * The {@link EnumSet} implementation: one bit per constant in a long[]
 * (bit {@code ordinal % 64} of word {@code ordinal / 64}).
 */
final class BitEnumSet<E extends Enum<E>> extends EnumSet<E> {

    private long[] elements;
    private int size;

    BitEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        elements = new long[(universe.length + 63) >>> 6];
    }

    void addRange(E from, E to) {
        for (int i = from.ordinal(); i <= to.ordinal(); i++) {
            elements[i >>> 6] |= 1L << i;
        }
        recalculateSize();
    }

    void addAll() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = -1L;
        }
        trimLastWord();
        size = universe.length;
    }

    void complement() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = ~elements[i];
        }
        trimLastWord();
        size = universe.length - size;
    }

    private void trimLastWord() {
        if (elements.length > 0) {
            elements[elements.length - 1] &= -1L >>> -universe.length;
        }
    }

    private void recalculateSize() {
        int sum = 0;
        for (long e : elements) {
            sum += Long.bitCount(e);
        }
        size = sum;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            /** Ordinal of the next element to return (searched lazily), or universe.length at the end. */
            private int next = advance(0);
            private int lastReturned = -1;

            private int advance(int from) {
                for (int i = from; i < universe.length; i++) {
                    if ((elements[i >>> 6] & (1L << i)) != 0) {
                        return i;
                    }
                }
                return universe.length;
            }

            public boolean hasNext() {
                return next < universe.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= universe.length) {
                    throw new NoSuchElementException();
                }
                lastReturned = next;
                next = advance(next + 1);
                return (E) universe[lastReturned];
            }

            public void remove() {
                if (lastReturned < 0) {
                    throw new IllegalStateException();
                }
                int i = lastReturned;
                if ((elements[i >>> 6] & (1L << i)) != 0) {
                    elements[i >>> 6] &= ~(1L << i);
                    size--;
                }
                lastReturned = -1;
            }
        };
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean contains(Object e) {
        if (e == null) {
            return false;
        }
        Class<?> eClass = e.getClass();
        if (eClass != elementType && eClass.getSuperclass() != elementType) {
            return false;
        }
        int ord = ((Enum<?>) e).ordinal();
        return (elements[ord >>> 6] & (1L << ord)) != 0;
    }

    public boolean add(E e) {
        typeCheck(e);
        int ord = e.ordinal();
        long old = elements[ord >>> 6];
        elements[ord >>> 6] |= 1L << ord;
        if (elements[ord >>> 6] != old) {
            size++;
            return true;
        }
        return false;
    }

    public boolean remove(Object e) {
        if (!contains(e)) {
            return false;
        }
        int ord = ((Enum<?>) e).ordinal();
        elements[ord >>> 6] &= ~(1L << ord);
        size--;
        return true;
    }

    public void clear() {
        for (int i = 0; i < elements.length; i++) {
            elements[i] = 0;
        }
        size = 0;
    }

    public boolean equals(Object o) {
        if (!(o instanceof BitEnumSet)) {
            return super.equals(o);
        }
        BitEnumSet<?> es = (BitEnumSet<?>) o;
        if (es.elementType != elementType) {
            return size == 0 && es.size == 0;
        }
        return Arrays.equals(es.elements, elements);
    }

    public BitEnumSet<E> clone() {
        BitEnumSet<E> result = (BitEnumSet<E>) super.clone();
        result.elements = result.elements.clone();
        return result;
    }
}
