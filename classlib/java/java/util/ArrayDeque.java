package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Resizable circular-array implementation of {@link Deque}; nulls are not
 * allowed. The array always keeps at least one free slot; {@code head} is
 * the index of the first element and {@code tail} the index after the last.
 *
 * <p>Like the JDK's, iterators are only weakly fail-fast: an iterator
 * remembers how many elements remain and throws
 * ConcurrentModificationException when the slot it is about to read is
 * empty (which happens when the deque was reorganized under it), so the
 * capacity policy (n + 1 slots for n requested elements; growth by
 * capacity + 2 below 64 slots, by half above; a wrapped head segment moved
 * to the end of the new array) is reproduced exactly.
 */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {

    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    transient Object[] elements;
    transient int head;
    transient int tail;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1 : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) {
            addLast(e);
        }
    }

    // ---- index arithmetic on the circular array ----

    static int inc(int i, int modulus) {
        if (++i >= modulus) {
            i = 0;
        }
        return i;
    }

    static int dec(int i, int modulus) {
        if (--i < 0) {
            i = modulus - 1;
        }
        return i;
    }

    /** Number of slots from j up to i (i - j modulo the length). */
    static int sub(int i, int j, int modulus) {
        if ((i -= j) < 0) {
            i += modulus;
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    static <E> E elementAt(Object[] es, int i) {
        return (E) es[i];
    }

    /** The element at {@code i}, which must be present (an empty slot means the deque changed under an iterator). */
    static <E> E nonNullElementAt(Object[] es, int i) {
        @SuppressWarnings("unchecked")
        E e = (E) es[i];
        if (e == null) {
            throw new ConcurrentModificationException();
        }
        return e;
    }

    /** Grows the array by at least {@code needed} slots. */
    private void grow(int needed) {
        int oldCapacity = elements.length;
        int jump = (oldCapacity < 64) ? (oldCapacity + 2) : (oldCapacity >> 1);
        int newCapacity = oldCapacity + jump;
        if (jump < needed || newCapacity - MAX_ARRAY_SIZE > 0) {
            int minCapacity = oldCapacity + needed;
            if (minCapacity < 0) {
                throw new IllegalStateException("Sorry, deque too big");
            }
            if (minCapacity - MAX_ARRAY_SIZE > 0) {
                newCapacity = Integer.MAX_VALUE;
            } else {
                newCapacity = (jump < needed) ? minCapacity : MAX_ARRAY_SIZE;
            }
        }
        Object[] es = elements = Arrays.copyOf(elements, newCapacity);
        if (tail < head || (tail == head && es[head] != null)) {
            // the elements wrap around: move the head segment to the end of the new array
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            for (int i = head, to = (head += newSpace); i < to; i++) {
                es[i] = null;
            }
        }
    }

    // ---- insertion ----

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail) {
            grow(1);
        }
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length))) {
            grow(1);
        }
    }

    public boolean addAll(Collection<? extends E> c) {
        int s = size();
        int needed = s + c.size() + 1 - elements.length;
        if (needed > 0) {
            grow(needed);
        }
        for (E e : c) {
            addLast(e);
        }
        return size() > s;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    // ---- removal and access at the ends ----

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E pollFirst() {
        Object[] es = elements;
        int h = head;
        E e = elementAt(es, h);
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    public E pollLast() {
        Object[] es = elements;
        int t = dec(tail, es.length);
        E e = elementAt(es, t);
        if (e != null) {
            es[tail = t] = null;
        }
        return e;
    }

    public E getFirst() {
        E e = elementAt(elements, head);
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E getLast() {
        Object[] es = elements;
        E e = elementAt(es, dec(tail, es.length));
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E peekFirst() {
        return elementAt(elements, head);
    }

    public E peekLast() {
        Object[] es = elements;
        return elementAt(es, dec(tail, es.length));
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = dec(tail, es.length), n = size(); n > 0; i = dec(i, es.length), n--) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    // ---- Queue and stack methods ----

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    /**
     * Removes the element at index {@code i}, closing the gap by moving
     * whichever side is shorter. Returns true if the elements after
     * {@code i} moved one slot towards the head.
     */
    boolean delete(int i) {
        Object[] es = elements;
        int capacity = es.length;
        int h = head;
        int t = tail;
        int front = sub(i, h, capacity);
        int back = sub(t, i, capacity) - 1;
        if (front < back) {
            // move the elements before i one slot towards the tail
            for (int j = i; j != h; ) {
                int p = dec(j, capacity);
                es[j] = es[p];
                j = p;
            }
            es[h] = null;
            head = inc(h, capacity);
            return false;
        } else {
            // move the elements after i one slot towards the head
            int last = dec(t, capacity);
            for (int j = i; j != last; ) {
                int n = inc(j, capacity);
                es[j] = es[n];
                j = n;
            }
            es[last] = null;
            tail = last;
            return true;
        }
    }

    // ---- collection methods ----

    public int size() {
        return sub(tail, head, elements.length);
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public Iterator<E> iterator() {
        return new DeqIterator();
    }

    public Iterator<E> descendingIterator() {
        return new DescendingIterator();
    }

    /** Walks from the head; see the class comment for its (weak) modification checks. */
    private class DeqIterator implements Iterator<E> {
        /** Index of the element the next call to next() returns. */
        int cursor;
        /** Number of elements not yet returned. */
        int remaining = size();
        /** Index of the last element returned; -1 after remove. */
        int lastRet = -1;

        DeqIterator() {
            cursor = head;
        }

        public final boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            lastRet = cursor;
            cursor = inc(cursor, es.length);
            remaining--;
            return e;
        }

        /** Adjusts the cursor after the element at lastRet was deleted. */
        void postDelete(boolean leftShifted) {
            if (leftShifted) {
                cursor = dec(cursor, elements.length);
            }
        }

        public final void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            postDelete(delete(lastRet));
            lastRet = -1;
        }

        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (remaining > 0) {
                action.accept(next());
            }
        }
    }

    /** Walks from the tail towards the head. */
    private class DescendingIterator extends DeqIterator {
        DescendingIterator() {
            cursor = dec(tail, elements.length);
        }

        public final E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            Object[] es = elements;
            E e = nonNullElementAt(es, cursor);
            lastRet = cursor;
            cursor = dec(cursor, es.length);
            remaining--;
            return e;
        }

        void postDelete(boolean leftShifted) {
            if (!leftShifted) {
                cursor = inc(cursor, elements.length);
            }
        }
    }

    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        Object[] es = elements;
        for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
            action.accept(elementAt(es, i));
        }
    }

    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        return bulkRemove(filter);
    }

    public boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> c.contains(e));
    }

    public boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return bulkRemove(e -> !c.contains(e));
    }

    /** Removes the matching elements, compacting the survivors towards the head in order. */
    private boolean bulkRemove(Predicate<? super E> filter) {
        Object[] es = elements;
        int capacity = es.length;
        int n = size();
        int r = head;
        int w = head;
        boolean removed = false;
        try {
            for (; n > 0; n--, r = inc(r, capacity)) {
                E e = elementAt(es, r);
                if (filter.test(e)) {
                    removed = true;
                } else {
                    if (w != r) {
                        es[w] = e;
                    }
                    w = inc(w, capacity);
                }
            }
        } finally {
            // keep any unexamined elements if the filter threw
            for (; n > 0; n--, r = inc(r, capacity)) {
                es[w] = es[r];
                w = inc(w, capacity);
            }
            for (int i = w; i != tail; i = inc(i, capacity)) {
                es[i] = null;
            }
            tail = w;
        }
        return removed;
    }

    public boolean contains(Object o) {
        if (o != null) {
            Object[] es = elements;
            for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
                if (o.equals(es[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        Object[] es = elements;
        for (int i = head, n = size(); n > 0; i = inc(i, es.length), n--) {
            es[i] = null;
        }
        head = tail = 0;
    }

    public Object[] toArray() {
        return toArray(new Object[0]);
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        int size = size();
        T[] r = a.length >= size ? a : (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), size);
        Object[] es = elements;
        for (int i = head, k = 0; k < size; i = inc(i, es.length), k++) {
            r[k] = (T) es[i];
        }
        if (r.length > size) {
            r[size] = null;
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
