package java.util;

/**
 * A range view, optionally in descending order, of a {@link TreeMap}.
 * The range is given in the backing map's ascending order by a low bound
 * ({@code fromStart} = unbounded) and a high bound ({@code toEnd} =
 * unbounded), each inclusive or not. All operations write through; putting
 * a key outside the range throws IllegalArgumentException("key out of
 * range"), and narrowing views reject bounds outside this one.
 */
final class TreeSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {

    final TreeMap<K, V> m;
    final K lo;
    final K hi;
    final boolean fromStart;
    final boolean toEnd;
    final boolean loInclusive;
    final boolean hiInclusive;
    /** True if this view presents the range in descending order. */
    final boolean descending;

    TreeSubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive,
            boolean toEnd, K hi, boolean hiInclusive, boolean descending) {
        if (!fromStart && !toEnd) {
            if (m.compare(lo, hi) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
        } else {
            // type (and null) checks of the bounds
            if (!fromStart) {
                m.compare(lo, lo);
            }
            if (!toEnd) {
                m.compare(hi, hi);
            }
        }
        this.m = m;
        this.fromStart = fromStart;
        this.lo = lo;
        this.loInclusive = loInclusive;
        this.toEnd = toEnd;
        this.hi = hi;
        this.hiInclusive = hiInclusive;
        this.descending = descending;
    }

    // ---- range tests (in the backing map's order) ----

    final boolean tooLow(Object key) {
        if (!fromStart) {
            int c = m.compare(key, lo);
            if (c < 0 || (c == 0 && !loInclusive)) {
                return true;
            }
        }
        return false;
    }

    final boolean tooHigh(Object key) {
        if (!toEnd) {
            int c = m.compare(key, hi);
            if (c > 0 || (c == 0 && !hiInclusive)) {
                return true;
            }
        }
        return false;
    }

    final boolean inRange(Object key) {
        return !tooLow(key) && !tooHigh(key);
    }

    /** In range when both bounds are taken as inclusive. */
    final boolean inClosedRange(Object key) {
        return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
    }

    final boolean inRange(Object key, boolean inclusive) {
        return inclusive ? inRange(key) : inClosedRange(key);
    }

    // ---- navigation in absolute (ascending) terms ----

    final TreeMap.Node<K, V> absLowest() {
        TreeMap.Node<K, V> e = fromStart ? m.firstNode() : (loInclusive ? m.ceilingNode(lo) : m.higherNode(lo));
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    final TreeMap.Node<K, V> absHighest() {
        TreeMap.Node<K, V> e = toEnd ? m.lastNode() : (hiInclusive ? m.floorNode(hi) : m.lowerNode(hi));
        return (e == null || tooLow(e.key)) ? null : e;
    }

    final TreeMap.Node<K, V> absCeiling(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Node<K, V> e = m.ceilingNode(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    final TreeMap.Node<K, V> absHigher(K key) {
        if (tooLow(key)) {
            return absLowest();
        }
        TreeMap.Node<K, V> e = m.higherNode(key);
        return (e == null || tooHigh(e.key)) ? null : e;
    }

    final TreeMap.Node<K, V> absFloor(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Node<K, V> e = m.floorNode(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    final TreeMap.Node<K, V> absLower(K key) {
        if (tooHigh(key)) {
            return absHighest();
        }
        TreeMap.Node<K, V> e = m.lowerNode(key);
        return (e == null || tooLow(e.key)) ? null : e;
    }

    /** The first node above the range (where an ascending walk stops), or null. */
    final TreeMap.Node<K, V> absHighFence() {
        return toEnd ? null : (hiInclusive ? m.higherNode(hi) : m.ceilingNode(hi));
    }

    /** The last node below the range (where a descending walk stops), or null. */
    final TreeMap.Node<K, V> absLowFence() {
        return fromStart ? null : (loInclusive ? m.lowerNode(lo) : m.floorNode(lo));
    }

    // ---- navigation in this view's order ----

    private TreeMap.Node<K, V> subLowest() {
        return descending ? absHighest() : absLowest();
    }

    private TreeMap.Node<K, V> subHighest() {
        return descending ? absLowest() : absHighest();
    }

    private TreeMap.Node<K, V> subCeiling(K key) {
        return descending ? absFloor(key) : absCeiling(key);
    }

    private TreeMap.Node<K, V> subHigher(K key) {
        return descending ? absLower(key) : absHigher(key);
    }

    private TreeMap.Node<K, V> subFloor(K key) {
        return descending ? absCeiling(key) : absFloor(key);
    }

    private TreeMap.Node<K, V> subLower(K key) {
        return descending ? absHigher(key) : absLower(key);
    }

    // ---- Map ----

    public boolean isEmpty() {
        return (fromStart && toEnd) ? m.isEmpty() : absLowest() == null;
    }

    public int size() {
        if (fromStart && toEnd) {
            return m.size();
        }
        int n = 0;
        TreeMap.Node<K, V> fence = absHighFence();
        for (TreeMap.Node<K, V> e = absLowest(); e != null && e != fence; e = TreeMap.successor(e)) {
            n++;
        }
        return n;
    }

    public boolean containsKey(Object key) {
        return inRange(key) && m.containsKey(key);
    }

    public V put(K key, V value) {
        if (!inRange(key)) {
            throw new IllegalArgumentException("key out of range");
        }
        return m.put(key, value);
    }

    public V get(Object key) {
        return !inRange(key) ? null : m.get(key);
    }

    public V remove(Object key) {
        return !inRange(key) ? null : m.remove(key);
    }

    public Comparator<? super K> comparator() {
        return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
    }

    public K firstKey() {
        return TreeMap.key(subLowest());
    }

    public K lastKey() {
        return TreeMap.key(subHighest());
    }

    public Map.Entry<K, V> firstEntry() {
        return TreeMap.exportEntry(subLowest());
    }

    public Map.Entry<K, V> lastEntry() {
        return TreeMap.exportEntry(subHighest());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        TreeMap.Node<K, V> e = subLowest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteNode(e);
        }
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        TreeMap.Node<K, V> e = subHighest();
        Map.Entry<K, V> result = TreeMap.exportEntry(e);
        if (e != null) {
            m.deleteNode(e);
        }
        return result;
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return TreeMap.exportEntry(subCeiling(key));
    }

    public K ceilingKey(K key) {
        return TreeMap.keyOrNull(subCeiling(key));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return TreeMap.exportEntry(subHigher(key));
    }

    public K higherKey(K key) {
        return TreeMap.keyOrNull(subHigher(key));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return TreeMap.exportEntry(subFloor(key));
    }

    public K floorKey(K key) {
        return TreeMap.keyOrNull(subFloor(key));
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return TreeMap.exportEntry(subLower(key));
    }

    public K lowerKey(K key) {
        return TreeMap.keyOrNull(subLower(key));
    }

    // ---- views ----

    private transient TreeKeySet<K> navigableKeySetView;
    private transient Set<Map.Entry<K, V>> entrySetView;
    private transient NavigableMap<K, V> descendingMapView;

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> navigableKeySet() {
        TreeKeySet<K> nksv = navigableKeySetView;
        return (nksv != null) ? nksv : (navigableKeySetView = new TreeKeySet<K>(this));
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> mv = descendingMapView;
        return (mv != null) ? mv
                : (descendingMapView = new TreeSubMap<K, V>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending));
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (!inRange(fromKey, fromInclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (!inRange(toKey, toInclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new TreeSubMap<K, V>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
        }
        return new TreeSubMap<K, V>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        if (!inRange(toKey, inclusive)) {
            throw new IllegalArgumentException("toKey out of range");
        }
        if (descending) {
            return new TreeSubMap<K, V>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
        }
        return new TreeSubMap<K, V>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        if (!inRange(fromKey, inclusive)) {
            throw new IllegalArgumentException("fromKey out of range");
        }
        if (descending) {
            return new TreeSubMap<K, V>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
        }
        return new TreeSubMap<K, V>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        return (es != null) ? es : (entrySetView = new EntrySetView());
    }

    /** An iterator over the nodes of this view, in its order. */
    TreeMap.NodeIterator<K, V, TreeMap.Node<K, V>> nodeIterator() {
        TreeMap.Node<K, V> first = descending ? absHighest() : absLowest();
        TreeMap.Node<K, V> fence = descending ? absLowFence() : absHighFence();
        return new TreeMap.NodeIterator<K, V, TreeMap.Node<K, V>>(m, first, fence, descending) {
            public TreeMap.Node<K, V> next() {
                return nextNode();
            }
        };
    }

    private final class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Iterator<Map.Entry<K, V>> iterator() {
            return (Iterator) nodeIterator();
        }

        public int size() {
            return TreeSubMap.this.size();
        }

        public boolean isEmpty() {
            return TreeSubMap.this.isEmpty();
        }

        private TreeMap.Node<K, V> find(Object o) {
            if (!(o instanceof Map.Entry)) {
                return null;
            }
            Object key = ((Map.Entry<?, ?>) o).getKey();
            if (!inRange(key)) {
                return null;
            }
            return m.findEntry(o);
        }

        public boolean contains(Object o) {
            return find(o) != null;
        }

        public boolean remove(Object o) {
            TreeMap.Node<K, V> node = find(o);
            if (node != null) {
                m.deleteNode(node);
                return true;
            }
            return false;
        }
    }
}
