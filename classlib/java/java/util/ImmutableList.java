package java.util;

/**
 * The unmodifiable list returned by {@code List.of} and {@code List.copyOf}:
 * it rejects null elements and every mutator throws
 * UnsupportedOperationException.
 */
final class ImmutableList<E> extends AbstractList<E> implements RandomAccess {

    private final Object[] elements;
    private final int offset;
    private final int size;
    /** True for List.of results with one or two elements (the JDK reports their index errors differently). */
    private final boolean small;

    private ImmutableList(Object[] elements, int offset, int size, boolean small) {
        this.elements = elements;
        this.offset = offset;
        this.size = size;
        this.small = small;
    }

    /** Wraps {@code elements} (which must not be shared) after checking it for nulls. */
    static <E> ImmutableList<E> make(Object[] elements) {
        for (int i = 0; i < elements.length; i++) {
            if (elements[i] == null) {
                throw new NullPointerException();
            }
        }
        return new ImmutableList<E>(elements, 0, elements.length, elements.length == 1 || elements.length == 2);
    }

    /** True unless this is a sub-list view of a larger array. */
    boolean isWhole() {
        return offset == 0 && size == elements.length;
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (small) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + size);
            }
        } else if (offset != 0 || size != elements.length) {
            Objects.checkIndex(index, size);
        }
        // a whole list of three or more fails like the JDK's: with the array's own index exception
        return (E) elements[offset + index];
    }

    @Override
    public int indexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = 0; i < size; i++) {
            if (o.equals(elements[offset + i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        Objects.requireNonNull(o);
        for (int i = size - 1; i >= 0; i--) {
            if (o.equals(elements[offset + i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Object[] toArray() {
        Object[] r = new Object[size];
        System.arraycopy(elements, offset, r, 0, size);
        return r;
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, size);
        return new ImmutableList<E>(elements, offset + fromIndex, toIndex - fromIndex, false);
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr(0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new Itr(0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("Index: " + index + " Size: " + size);
        }
        return new Itr(index);
    }

    // ---- every mutator is unsupported ----

    @Override
    public boolean add(E e) {
        throw uoe();
    }

    @Override
    public void add(int index, E e) {
        throw uoe();
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        throw uoe();
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        throw uoe();
    }

    @Override
    public void clear() {
        throw uoe();
    }

    @Override
    public boolean remove(Object o) {
        throw uoe();
    }

    @Override
    public E remove(int index) {
        throw uoe();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw uoe();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw uoe();
    }

    @Override
    public E set(int index, E e) {
        throw uoe();
    }

    @Override
    public void sort(Comparator<? super E> c) {
        throw uoe();
    }

    @Override
    public void replaceAll(java.util.function.UnaryOperator<E> operator) {
        throw uoe();
    }

    @Override
    public boolean removeIf(java.util.function.Predicate<? super E> filter) {
        throw uoe();
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        throw uoe();
    }

    private final class Itr implements ListIterator<E> {
        private int cursor;

        Itr(int start) {
            cursor = start;
        }

        public boolean hasNext() {
            return cursor != size;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (cursor >= size) {
                throw new NoSuchElementException();
            }
            return (E) elements[offset + cursor++];
        }

        public boolean hasPrevious() {
            return cursor != 0;
        }

        @SuppressWarnings("unchecked")
        public E previous() {
            if (cursor <= 0) {
                throw new NoSuchElementException();
            }
            return (E) elements[offset + --cursor];
        }

        public int nextIndex() {
            return cursor;
        }

        public int previousIndex() {
            return cursor - 1;
        }

        public void remove() {
            throw uoe();
        }

        public void set(E e) {
            throw uoe();
        }

        public void add(E e) {
            throw uoe();
        }
    }
}
