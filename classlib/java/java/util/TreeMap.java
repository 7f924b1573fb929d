package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Red-black tree implementation of {@link NavigableMap}, ordered by the
 * keys' natural ordering or by a comparator. Lookups, insertions and
 * removals take O(log n). Nodes are relinked (never re-keyed) on removal,
 * so a node handed out by an iterator stays valid. Range and descending
 * views ({@link TreeSubMap}) and key-set views ({@link TreeKeySet}) write
 * through to this map; all iterators are fail-fast through {@code modCount}.
 */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {

    private final Comparator<? super K> comparator;
    private transient Node<K, V> root;
    private transient int size = 0;
    transient int modCount = 0;

    /** A tree node; also the mutable entry returned by the entry-set iterators. */
    static final class Node<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Node<K, V> left;
        Node<K, V> right;
        Node<K, V> parent;
        boolean red;

        Node(K key, V value, Node<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }

        public int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    public TreeMap() {
        comparator = null;
    }

    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    // ---- comparisons and searches ----

    /** Compares two keys with this map's ordering (NullPointerException for null under natural ordering). */
    @SuppressWarnings("unchecked")
    final int compare(Object k1, Object k2) {
        return comparator == null ? ((Comparable<? super K>) k1).compareTo((K) k2) : comparator.compare((K) k1, (K) k2);
    }

    final Node<K, V> getNode(Object key) {
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Node<K, V> p = root;
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    /** The node with the least key >= key, or null. */
    final Node<K, V> ceilingNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c < 0) {
                best = p;
                p = p.left;
            } else if (c > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return best;
    }

    /** The node with the least key > key, or null. */
    final Node<K, V> higherNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            if (compare(key, p.key) < 0) {
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** The node with the greatest key <= key, or null. */
    final Node<K, V> floorNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            int c = compare(key, p.key);
            if (c > 0) {
                best = p;
                p = p.right;
            } else if (c < 0) {
                p = p.left;
            } else {
                return p;
            }
        }
        return best;
    }

    /** The node with the greatest key < key, or null. */
    final Node<K, V> lowerNode(Object key) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            if (compare(key, p.key) > 0) {
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    final Node<K, V> firstNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Node<K, V> lastNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    static <K, V> Node<K, V> successor(Node<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.right != null) {
            Node<K, V> p = t.right;
            while (p.left != null) {
                p = p.left;
            }
            return p;
        }
        Node<K, V> p = t.parent;
        Node<K, V> ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    static <K, V> Node<K, V> predecessor(Node<K, V> t) {
        if (t == null) {
            return null;
        }
        if (t.left != null) {
            Node<K, V> p = t.left;
            while (p.right != null) {
                p = p.right;
            }
            return p;
        }
        Node<K, V> p = t.parent;
        Node<K, V> ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }

    /** An immutable snapshot of a node (null for null), as the navigation methods return. */
    static <K, V> Map.Entry<K, V> exportEntry(Node<K, V> e) {
        return (e == null) ? null : new AbstractMap.SimpleImmutableEntry<K, V>(e);
    }

    static <K> K keyOrNull(Node<K, ?> e) {
        return (e == null) ? null : e.key;
    }

    static <K> K key(Node<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    // ---- queries ----

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    public boolean containsValue(Object value) {
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    public V get(Object key) {
        Node<K, V> p = getNode(key);
        return (p == null) ? null : p.value;
    }

    public Comparator<? super K> comparator() {
        return comparator;
    }

    public K firstKey() {
        return key(firstNode());
    }

    public K lastKey() {
        return key(lastNode());
    }

    public Map.Entry<K, V> firstEntry() {
        return exportEntry(firstNode());
    }

    public Map.Entry<K, V> lastEntry() {
        return exportEntry(lastNode());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        Node<K, V> p = firstNode();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteNode(p);
        }
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        Node<K, V> p = lastNode();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteNode(p);
        }
        return result;
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return exportEntry(lowerNode(key));
    }

    public K lowerKey(K key) {
        return keyOrNull(lowerNode(key));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return exportEntry(floorNode(key));
    }

    public K floorKey(K key) {
        return keyOrNull(floorNode(key));
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return exportEntry(ceilingNode(key));
    }

    public K ceilingKey(K key) {
        return keyOrNull(ceilingNode(key));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return exportEntry(higherNode(key));
    }

    public K higherKey(K key) {
        return keyOrNull(higherNode(key));
    }

    // ---- modification ----

    public V put(K key, V value) {
        Node<K, V> t = root;
        if (t == null) {
            compare(key, key); // type (and null) check
            root = new Node<K, V>(key, value, null);
            size = 1;
            modCount++;
            return null;
        }
        if (comparator == null) {
            Objects.requireNonNull(key);
        }
        Node<K, V> parent;
        int c;
        do {
            parent = t;
            c = compare(key, t.key);
            if (c < 0) {
                t = t.left;
            } else if (c > 0) {
                t = t.right;
            } else {
                return t.setValue(value);
            }
        } while (t != null);
        Node<K, V> e = new Node<K, V>(key, value, parent);
        if (c < 0) {
            parent.left = e;
        } else {
            parent.right = e;
        }
        fixAfterInsertion(e);
        size++;
        modCount++;
        return null;
    }

    public V remove(Object key) {
        Node<K, V> p = getNode(key);
        if (p == null) {
            return null;
        }
        V oldValue = p.value;
        deleteNode(p);
        return oldValue;
    }

    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    public V putIfAbsent(K key, V value) {
        Node<K, V> p = getNodeForUpdate(key);
        if (p == null) {
            put(key, value);
            return null;
        }
        if (p.value == null) {
            p.value = value;
            return null;
        }
        return p.value;
    }

    /** getNode, but with the type check a first insertion into an empty map would make. */
    private Node<K, V> getNodeForUpdate(Object key) {
        if (root == null) {
            compare(key, key);
            return null;
        }
        return getNode(key);
    }

    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> p = getNode(key);
        if (p != null && Objects.equals(oldValue, p.value)) {
            p.value = newValue;
            return true;
        }
        return false;
    }

    public V replace(K key, V value) {
        Node<K, V> p = getNode(key);
        if (p != null) {
            return p.setValue(value);
        }
        return null;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            action.accept(e.key, e.value);
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expectedModCount = modCount;
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            e.value = function.apply(e.key, e.value);
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    // ---- red-black balancing ----

    private static boolean isRed(Node<?, ?> p) {
        return p != null && p.red;
    }

    private void rotateLeft(Node<K, V> p) {
        Node<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) {
            r.left.parent = p;
        }
        r.parent = p.parent;
        if (p.parent == null) {
            root = r;
        } else if (p.parent.left == p) {
            p.parent.left = r;
        } else {
            p.parent.right = r;
        }
        r.left = p;
        p.parent = r;
    }

    private void rotateRight(Node<K, V> p) {
        Node<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) {
            l.right.parent = p;
        }
        l.parent = p.parent;
        if (p.parent == null) {
            root = l;
        } else if (p.parent.right == p) {
            p.parent.right = l;
        } else {
            p.parent.left = l;
        }
        l.right = p;
        p.parent = l;
    }

    /** Restores the red-black properties after linking in the new leaf {@code x}. */
    private void fixAfterInsertion(Node<K, V> x) {
        x.red = true;
        while (x != root && x.parent.red) {
            Node<K, V> p = x.parent;
            Node<K, V> g = p.parent;
            if (p == g.left) {
                Node<K, V> uncle = g.right;
                if (isRed(uncle)) {
                    p.red = false;
                    uncle.red = false;
                    g.red = true;
                    x = g;
                } else {
                    if (x == p.right) {
                        x = p;
                        rotateLeft(x);
                        p = x.parent;
                    }
                    p.red = false;
                    g.red = true;
                    rotateRight(g);
                }
            } else {
                Node<K, V> uncle = g.left;
                if (isRed(uncle)) {
                    p.red = false;
                    uncle.red = false;
                    g.red = true;
                    x = g;
                } else {
                    if (x == p.left) {
                        x = p;
                        rotateRight(x);
                        p = x.parent;
                    }
                    p.red = false;
                    g.red = true;
                    rotateLeft(g);
                }
            }
        }
        root.red = false;
    }

    /** Puts {@code v} (possibly null) where {@code u} hangs from its parent. */
    private void transplant(Node<K, V> u, Node<K, V> v) {
        if (u.parent == null) {
            root = v;
        } else if (u == u.parent.left) {
            u.parent.left = v;
        } else {
            u.parent.right = v;
        }
        if (v != null) {
            v.parent = u.parent;
        }
    }

    /** Unlinks node {@code z}, relinking (not copying) its successor into its place, and rebalances. */
    final void deleteNode(Node<K, V> z) {
        modCount++;
        size--;
        Node<K, V> x;
        Node<K, V> xParent;
        boolean removedRed;
        if (z.left == null) {
            x = z.right;
            xParent = z.parent;
            removedRed = z.red;
            transplant(z, z.right);
        } else if (z.right == null) {
            x = z.left;
            xParent = z.parent;
            removedRed = z.red;
            transplant(z, z.left);
        } else {
            Node<K, V> y = z.right;
            while (y.left != null) {
                y = y.left;
            }
            removedRed = y.red;
            x = y.right;
            if (y.parent == z) {
                xParent = y;
            } else {
                xParent = y.parent;
                transplant(y, y.right);
                y.right = z.right;
                y.right.parent = y;
            }
            transplant(z, y);
            y.left = z.left;
            y.left.parent = y;
            y.red = z.red;
        }
        z.left = z.right = z.parent = null;
        if (!removedRed) {
            fixAfterDeletion(x, xParent);
        }
    }

    /** Restores the red-black properties when {@code x} (possibly null, child of {@code parent}) is "doubly black". */
    private void fixAfterDeletion(Node<K, V> x, Node<K, V> parent) {
        while (x != root && !isRed(x)) {
            if (x == parent.left) {
                Node<K, V> w = parent.right;
                if (isRed(w)) {
                    w.red = false;
                    parent.red = true;
                    rotateLeft(parent);
                    w = parent.right;
                }
                if (!isRed(w.left) && !isRed(w.right)) {
                    w.red = true;
                    x = parent;
                    parent = x.parent;
                } else {
                    if (!isRed(w.right)) {
                        w.left.red = false;
                        w.red = true;
                        rotateRight(w);
                        w = parent.right;
                    }
                    w.red = parent.red;
                    parent.red = false;
                    w.right.red = false;
                    rotateLeft(parent);
                    x = root;
                    parent = null;
                }
            } else {
                Node<K, V> w = parent.left;
                if (isRed(w)) {
                    w.red = false;
                    parent.red = true;
                    rotateRight(parent);
                    w = parent.left;
                }
                if (!isRed(w.left) && !isRed(w.right)) {
                    w.red = true;
                    x = parent;
                    parent = x.parent;
                } else {
                    if (!isRed(w.left)) {
                        w.right.red = false;
                        w.red = true;
                        rotateLeft(w);
                        w = parent.left;
                    }
                    w.red = parent.red;
                    parent.red = false;
                    w.left.red = false;
                    rotateRight(parent);
                    x = root;
                    parent = null;
                }
            }
        }
        if (x != null) {
            x.red = false;
        }
    }

    // ---- copying ----

    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeMap<K, V> clone;
        try {
            clone = (TreeMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        clone.root = null;
        clone.size = 0;
        clone.modCount = 0;
        clone.entrySet = null;
        clone.navigableKeySet = null;
        clone.descendingMap = null;
        for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
            clone.put(e.key, e.value);
        }
        return clone;
    }

    // ---- views ----

    private transient Set<Map.Entry<K, V>> entrySet;
    private transient TreeKeySet<K> navigableKeySet;
    private transient NavigableMap<K, V> descendingMap;

    public Set<K> keySet() {
        return navigableKeySet();
    }

    public NavigableSet<K> navigableKeySet() {
        TreeKeySet<K> nks = navigableKeySet;
        return (nks != null) ? nks : (navigableKeySet = new TreeKeySet<K>(this));
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new Values();
            values = vs;
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        return (es != null) ? es : (entrySet = new EntrySet());
    }

    public NavigableMap<K, V> descendingMap() {
        NavigableMap<K, V> km = descendingMap;
        return (km != null) ? km
                : (descendingMap = new TreeSubMap<K, V>(this, true, null, true, true, null, true, true));
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new TreeSubMap<K, V>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        return new TreeSubMap<K, V>(this, true, null, true, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        return new TreeSubMap<K, V>(this, false, fromKey, inclusive, true, null, true, false);
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

    /** True if the map holds a mapping equal to the entry {@code o}. */
    final Node<K, V> findEntry(Object o) {
        if (!(o instanceof Map.Entry)) {
            return null;
        }
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
        Node<K, V> p = getNode(entry.getKey());
        return (p != null && Objects.equals(p.value, entry.getValue())) ? p : null;
    }

    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() {
            return new NodeIterator<K, V, Map.Entry<K, V>>(TreeMap.this, firstNode(), null, false) {
                public Map.Entry<K, V> next() {
                    return nextNode();
                }
            };
        }

        public boolean contains(Object o) {
            return findEntry(o) != null;
        }

        public boolean remove(Object o) {
            Node<K, V> p = findEntry(o);
            if (p != null) {
                deleteNode(p);
                return true;
            }
            return false;
        }

        public int size() {
            return TreeMap.this.size();
        }

        public void clear() {
            TreeMap.this.clear();
        }
    }

    final class Values extends AbstractCollection<V> {
        public Iterator<V> iterator() {
            return new NodeIterator<K, V, V>(TreeMap.this, firstNode(), null, false) {
                public V next() {
                    return nextNode().value;
                }
            };
        }

        public int size() {
            return TreeMap.this.size();
        }

        public boolean contains(Object o) {
            return TreeMap.this.containsValue(o);
        }

        public boolean remove(Object o) {
            for (Node<K, V> e = firstNode(); e != null; e = successor(e)) {
                if (Objects.equals(e.value, o)) {
                    deleteNode(e);
                    return true;
                }
            }
            return false;
        }

        public void clear() {
            TreeMap.this.clear();
        }
    }

    /**
     * Walks nodes from {@code first} in ascending (or descending) order until
     * {@code fence} (exclusive; null for the end of the tree). Fail-fast.
     */
    abstract static class NodeIterator<K, V, T> implements Iterator<T> {
        final TreeMap<K, V> m;
        final Node<K, V> fence;
        final boolean descending;
        Node<K, V> next;
        Node<K, V> lastReturned;
        int expectedModCount;

        NodeIterator(TreeMap<K, V> m, Node<K, V> first, Node<K, V> fence, boolean descending) {
            this.m = m;
            this.fence = fence;
            this.descending = descending;
            this.next = first;
            this.expectedModCount = m.modCount;
        }

        public final boolean hasNext() {
            return next != null && next != fence;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (e == null || e == fence) {
                throw new NoSuchElementException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = descending ? predecessor(e) : successor(e);
            lastReturned = e;
            return e;
        }

        public final void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (m.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            m.deleteNode(lastReturned);
            lastReturned = null;
            expectedModCount = m.modCount;
        }
    }
}
