package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A {@link HashMap} that also keeps its entries in a doubly-linked list,
 * which fixes the iteration order: insertion order (re-inserting a key
 * does not move it), or, with {@code accessOrder}, least recently accessed
 * first (get/put/compute/merge/replace of a key move it to the end and
 * count as a structural modification). {@link #removeEldestEntry} lets a
 * subclass drop the eldest entry after each insertion (an LRU cache).
 */
public class LinkedHashMap<K, V> extends HashMap<K, V> implements Map<K, V> {

    /** A hash node that is also a cell of the ordering list. */
    static class LinkedEntry<K, V> extends HashMap.Node<K, V> {
        LinkedEntry<K, V> before;
        LinkedEntry<K, V> after;

        LinkedEntry(int hash, K key, V value, Node<K, V> next) {
            super(hash, key, value, next);
        }
    }

    /** The eldest entry. */
    transient LinkedEntry<K, V> head;
    /** The youngest entry. */
    transient LinkedEntry<K, V> tail;
    /** True for access order, false for insertion order. */
    final boolean accessOrder;

    public LinkedHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor);
        accessOrder = false;
    }

    public LinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }

    public LinkedHashMap() {
        super();
        accessOrder = false;
    }

    public LinkedHashMap(Map<? extends K, ? extends V> m) {
        super();
        accessOrder = false;
        putMapEntries(m, false);
    }

    public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity, loadFactor);
        this.accessOrder = accessOrder;
    }

    // ---- list maintenance (HashMap hooks) ----

    private void linkNodeLast(LinkedEntry<K, V> p) {
        LinkedEntry<K, V> last = tail;
        tail = p;
        if (last == null) {
            head = p;
        } else {
            p.before = last;
            last.after = p;
        }
    }

    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        LinkedEntry<K, V> p = new LinkedEntry<K, V>(hash, key, value, next);
        linkNodeLast(p);
        return p;
    }

    void afterNodeRemoval(Node<K, V> e) {
        LinkedEntry<K, V> p = (LinkedEntry<K, V>) e;
        LinkedEntry<K, V> b = p.before;
        LinkedEntry<K, V> a = p.after;
        p.before = p.after = null;
        if (b == null) {
            head = a;
        } else {
            b.after = a;
        }
        if (a == null) {
            tail = b;
        } else {
            a.before = b;
        }
    }

    void afterNodeInsertion(boolean evict) {
        LinkedEntry<K, V> first = head;
        if (evict && first != null && removeEldestEntry(first)) {
            K key = first.key;
            removeNode(hash(key), key, null, false);
        }
    }

    /** In access order, moves the accessed entry to the end of the list. */
    void afterNodeAccess(Node<K, V> e) {
        LinkedEntry<K, V> last = tail;
        if (accessOrder && last != e) {
            LinkedEntry<K, V> p = (LinkedEntry<K, V>) e;
            LinkedEntry<K, V> b = p.before;
            LinkedEntry<K, V> a = p.after;
            p.after = null;
            if (b == null) {
                head = a;
            } else {
                b.after = a;
            }
            if (a != null) {
                a.before = b;
            } else {
                last = b;
            }
            if (last == null) {
                head = p;
            } else {
                p.before = last;
                last.after = p;
            }
            tail = p;
            ++modCount;
        }
    }

    void reinitialize() {
        super.reinitialize();
        head = tail = null;
    }

    /**
     * Called after every insertion with the eldest entry; returning true
     * removes it. This implementation always returns false.
     */
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return false;
    }

    // ---- queries that count as accesses ----

    public V get(Object key) {
        Node<K, V> e = getNode(key);
        if (e == null) {
            return null;
        }
        if (accessOrder) {
            afterNodeAccess(e);
        }
        return e.value;
    }

    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        if (e == null) {
            return defaultValue;
        }
        if (accessOrder) {
            afterNodeAccess(e);
        }
        return e.value;
    }

    public boolean containsValue(Object value) {
        for (LinkedEntry<K, V> e = head; e != null; e = e.after) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    public void clear() {
        super.clear();
        head = tail = null;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        for (LinkedEntry<K, V> e = head; e != null; e = e.after) {
            action.accept(e.key, e.value);
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int mc = modCount;
        for (LinkedEntry<K, V> e = head; e != null; e = e.after) {
            e.value = function.apply(e.key, e.value);
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    /** Applies {@code action} to every entry in list order, then checks for structural modification. */
    private void forEachEntry(Consumer<? super LinkedEntry<K, V>> action) {
        int mc = modCount;
        for (LinkedEntry<K, V> e = head; e != null; e = e.after) {
            action.accept(e);
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    // ---- views in list order ----

    public Set<K> keySet() {
        Set<K> ks = keySet;
        if (ks == null) {
            ks = new LinkedKeySet();
            keySet = ks;
        }
        return ks;
    }

    public Collection<V> values() {
        Collection<V> vs = values;
        if (vs == null) {
            vs = new LinkedValues();
            values = vs;
        }
        return vs;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySet;
        if (es == null) {
            es = new LinkedEntrySet();
            entrySet = es;
        }
        return es;
    }

    final class LinkedKeySet extends AbstractSet<K> {
        public int size() {
            return size;
        }

        public void clear() {
            LinkedHashMap.this.clear();
        }

        public Iterator<K> iterator() {
            return new LinkedHashIterator<K>() {
                public K next() {
                    return nextNode().key;
                }
            };
        }

        public boolean contains(Object o) {
            return containsKey(o);
        }

        public boolean remove(Object key) {
            return removeNode(hash(key), key, null, false) != null;
        }

        public void forEach(Consumer<? super K> action) {
            Objects.requireNonNull(action);
            forEachEntry(e -> action.accept(e.key));
        }
    }

    final class LinkedValues extends AbstractCollection<V> {
        public int size() {
            return size;
        }

        public void clear() {
            LinkedHashMap.this.clear();
        }

        public Iterator<V> iterator() {
            return new LinkedHashIterator<V>() {
                public V next() {
                    return nextNode().value;
                }
            };
        }

        public boolean contains(Object o) {
            return containsValue(o);
        }

        public void forEach(Consumer<? super V> action) {
            Objects.requireNonNull(action);
            forEachEntry(e -> action.accept(e.value));
        }
    }

    final class LinkedEntrySet extends AbstractSet<Map.Entry<K, V>> {
        public int size() {
            return size;
        }

        public void clear() {
            LinkedHashMap.this.clear();
        }

        public Iterator<Map.Entry<K, V>> iterator() {
            return new LinkedHashIterator<Map.Entry<K, V>>() {
                public Map.Entry<K, V> next() {
                    return nextNode();
                }
            };
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Node<K, V> candidate = getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        public boolean remove(Object o) {
            if (o instanceof Map.Entry) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object key = e.getKey();
                return removeNode(hash(key), key, e.getValue(), true) != null;
            }
            return false;
        }

        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            Objects.requireNonNull(action);
            forEachEntry(action);
        }
    }

    /** Walks the ordering list; fail-fast through modCount. */
    abstract class LinkedHashIterator<T> implements Iterator<T> {
        LinkedEntry<K, V> next;
        LinkedEntry<K, V> current;
        int expectedModCount;

        LinkedHashIterator() {
            next = head;
            expectedModCount = modCount;
            current = null;
        }

        public final boolean hasNext() {
            return next != null;
        }

        final LinkedEntry<K, V> nextNode() {
            LinkedEntry<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = e.after;
            return e;
        }

        public final void remove() {
            Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            removeNode(p.hash, p.key, null, false);
            expectedModCount = modCount;
        }
    }
}
