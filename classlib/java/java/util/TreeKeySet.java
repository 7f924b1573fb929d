package java.util;

/**
 * The key set of a {@link TreeMap} or of one of its views, as a
 * {@link NavigableSet}: every operation is forwarded to the map, so
 * removals (directly or through iterators) write through; adding is
 * unsupported.
 */
final class TreeKeySet<E> extends AbstractSet<E> implements NavigableSet<E> {

    private final NavigableMap<E, ?> m;

    TreeKeySet(NavigableMap<E, ?> map) {
        m = map;
    }

    /** Iterates the keys of {@code entries}, removal included. */
    private static <E> Iterator<E> keys(final Iterator<? extends Map.Entry<E, ?>> entries) {
        return new Iterator<E>() {
            public boolean hasNext() {
                return entries.hasNext();
            }

            public E next() {
                return entries.next().getKey();
            }

            public void remove() {
                entries.remove();
            }
        };
    }

    public Iterator<E> iterator() {
        return keys(m.entrySet().iterator());
    }

    public Iterator<E> descendingIterator() {
        return keys(m.descendingMap().entrySet().iterator());
    }

    public int size() {
        return m.size();
    }

    public boolean isEmpty() {
        return m.isEmpty();
    }

    public boolean contains(Object o) {
        return m.containsKey(o);
    }

    public void clear() {
        m.clear();
    }

    public E lower(E e) {
        return m.lowerKey(e);
    }

    public E floor(E e) {
        return m.floorKey(e);
    }

    public E ceiling(E e) {
        return m.ceilingKey(e);
    }

    public E higher(E e) {
        return m.higherKey(e);
    }

    public E first() {
        return m.firstKey();
    }

    public E last() {
        return m.lastKey();
    }

    public Comparator<? super E> comparator() {
        return m.comparator();
    }

    public E pollFirst() {
        Map.Entry<E, ?> e = m.pollFirstEntry();
        return (e == null) ? null : e.getKey();
    }

    public E pollLast() {
        Map.Entry<E, ?> e = m.pollLastEntry();
        return (e == null) ? null : e.getKey();
    }

    public boolean remove(Object o) {
        if (m.containsKey(o)) {
            m.remove(o);
            return true;
        }
        return false;
    }

    public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new TreeKeySet<E>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    public NavigableSet<E> headSet(E toElement, boolean inclusive) {
        return new TreeKeySet<E>(m.headMap(toElement, inclusive));
    }

    public NavigableSet<E> tailSet(E fromElement, boolean inclusive) {
        return new TreeKeySet<E>(m.tailMap(fromElement, inclusive));
    }

    public SortedSet<E> subSet(E fromElement, E toElement) {
        return subSet(fromElement, true, toElement, false);
    }

    public SortedSet<E> headSet(E toElement) {
        return headSet(toElement, false);
    }

    public SortedSet<E> tailSet(E fromElement) {
        return tailSet(fromElement, true);
    }

    public NavigableSet<E> descendingSet() {
        return new TreeKeySet<E>(m.descendingMap());
    }
}
