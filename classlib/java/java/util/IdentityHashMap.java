package java.util;

/**
 * A map that compares keys (and values) by identity ({@code ==}) and hashes
 * them with {@link System#identityHashCode}, in an open-addressed table.
 *
 * crema: keys and values alternate in one array; a removed entry is
 * healed by moving later entries of its probe run back. The iteration
 * order follows the table, which depends on identity hashes (as in the
 * JDK, it is not specified).
 */
public class IdentityHashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable, Cloneable {
    /** Stands for the null key in the table. */
    private static final Object NULL_KEY = new Object();
    private static final int MINIMUM_CAPACITY = 4;

    /** key, value, key, value, ...; a null key slot is free. */
    private transient Object[] table;
    private int size;
    private transient int modCount;

    /** An empty map with room for 21 entries before it grows. */
    public IdentityHashMap() {
        this(21);
    }

    /** An empty map with room for {@code expectedMaxSize} entries. */
    public IdentityHashMap(int expectedMaxSize) {
        if (expectedMaxSize < 0) {
            throw new IllegalArgumentException("expectedMaxSize is negative: " + expectedMaxSize);
        }
        table = new Object[2 * capacityFor(expectedMaxSize)];
    }

    /** A map holding the mappings of {@code m}. */
    public IdentityHashMap(Map<? extends K, ? extends V> m) {
        this((int) ((1 + m.size()) * 1.1));
        putAll(m);
    }

    /** The power of two that keeps the table at most two-thirds full. */
    private static int capacityFor(int expected) {
        int wanted = expected + expected / 2;
        int capacity = MINIMUM_CAPACITY;
        while (capacity < wanted && capacity < (1 << 29)) {
            capacity <<= 1;
        }
        return capacity;
    }

    private static Object mask(Object key) {
        return key == null ? NULL_KEY : key;
    }

    @SuppressWarnings("unchecked")
    private static <K> K unmask(Object key) {
        return key == NULL_KEY ? null : (K) key;
    }

    /** The even index where the probe for {@code key} starts. */
    private static int start(Object key, int length) {
        int h = System.identityHashCode(key);
        return ((h << 1) - (h << 8)) & (length - 1);
    }

    private static int next(int i, int length) {
        return i + 2 < length ? i + 2 : 0;
    }

    /** The index of {@code key}'s slot, or -1. */
    private int indexOf(Object key) {
        Object k = mask(key);
        Object[] tab = table;
        int i = start(k, tab.length);
        while (true) {
            Object item = tab[i];
            if (item == k) {
                return i;
            }
            if (item == null) {
                return -1;
            }
            i = next(i, tab.length);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) table[i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        Object[] tab = table;
        for (int i = 1; i < tab.length; i += 2) {
            if (tab[i] == value && tab[i - 1] != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(K key, V value) {
        Object k = mask(key);
        while (true) {
            Object[] tab = table;
            int i = start(k, tab.length);
            Object item;
            while ((item = tab[i]) != null) {
                if (item == k) {
                    V old = (V) tab[i + 1];
                    tab[i + 1] = value;
                    return old;
                }
                i = next(i, tab.length);
            }
            if ((size + 1) * 3 > tab.length) {
                resize();
                continue;
            }
            modCount++;
            tab[i] = k;
            tab[i + 1] = value;
            size++;
            return null;
        }
    }

    private void resize() {
        Object[] old = table;
        if (old.length >= (1 << 30)) {
            throw new IllegalStateException("Capacity exhausted.");
        }
        Object[] tab = new Object[old.length * 2];
        for (int j = 0; j < old.length; j += 2) {
            Object k = old[j];
            if (k != null) {
                int i = start(k, tab.length);
                while (tab[i] != null) {
                    i = next(i, tab.length);
                }
                tab[i] = k;
                tab[i + 1] = old[j + 1];
            }
        }
        table = tab;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        V old = (V) table[i + 1];
        removeAt(i);
        return old;
    }

    /** Empties slot {@code d} and re-places the rest of its probe run. */
    private void removeAt(int d) {
        modCount++;
        size--;
        Object[] tab = table;
        tab[d] = null;
        tab[d + 1] = null;
        for (int i = next(d, tab.length); tab[i] != null; i = next(i, tab.length)) {
            Object k = tab[i];
            Object v = tab[i + 1];
            tab[i] = null;
            tab[i + 1] = null;
            int j = start(k, tab.length);
            while (tab[j] != null) {
                j = next(j, tab.length);
            }
            tab[j] = k;
            tab[j + 1] = v;
        }
    }

    @Override
    public void clear() {
        modCount++;
        Arrays.fill(table, null);
        size = 0;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new EntryIterator();
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public void clear() {
                IdentityHashMap.this.clear();
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof IdentityHashMap) {
            IdentityHashMap<?, ?> m = (IdentityHashMap<?, ?>) o;
            if (m.size() != size) {
                return false;
            }
            Object[] tab = m.table;
            for (int i = 0; i < tab.length; i += 2) {
                Object k = tab[i];
                if (k != null) {
                    int j = indexOf(unmask(k));
                    if (j < 0 || table[j + 1] != tab[i + 1]) {
                        return false;
                    }
                }
            }
            return true;
        }
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        int h = 0;
        Object[] tab = table;
        for (int i = 0; i < tab.length; i += 2) {
            Object k = tab[i];
            if (k != null) {
                h += System.identityHashCode(unmask(k)) ^ System.identityHashCode(tab[i + 1]);
            }
        }
        return h;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        IdentityHashMap<K, V> m = new IdentityHashMap<>(0);
        m.table = table.clone();
        m.size = size;
        return m;
    }

    /**
     * Walks a snapshot of the keys taken when iteration starts (removal
     * re-places entries, so walking the live table could skip or repeat
     * one); entries read and write through to the map.
     */
    private final class EntryIterator implements Iterator<Map.Entry<K, V>> {
        private final Object[] keys = new Object[size];
        private int index;
        private Object last;
        private boolean canRemove;
        private int expectedModCount = modCount;

        EntryIterator() {
            int n = 0;
            Object[] tab = table;
            for (int i = 0; i < tab.length; i += 2) {
                if (tab[i] != null) {
                    keys[n++] = tab[i];
                }
            }
        }

        @Override
        public boolean hasNext() {
            return index < keys.length;
        }

        @Override
        public Map.Entry<K, V> next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (index >= keys.length) {
                throw new NoSuchElementException();
            }
            last = keys[index++];
            canRemove = true;
            final K key = unmask(last);
            return new Map.Entry<K, V>() {
                @Override
                public K getKey() {
                    return key;
                }

                @Override
                public V getValue() {
                    return get(key);
                }

                @Override
                public V setValue(V value) {
                    int i = indexOf(key);
                    if (i < 0) {
                        throw new IllegalStateException("Entry was removed");
                    }
                    @SuppressWarnings("unchecked")
                    V old = (V) table[i + 1];
                    table[i + 1] = value;
                    return old;
                }

                @Override
                public boolean equals(Object o) {
                    if (!(o instanceof Map.Entry)) {
                        return false;
                    }
                    Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                    return e.getKey() == key && e.getValue() == getValue();
                }

                @Override
                public int hashCode() {
                    return System.identityHashCode(key) ^ System.identityHashCode(getValue());
                }

                @Override
                public String toString() {
                    return key + "=" + getValue();
                }
            };
        }

        @Override
        public void remove() {
            if (!canRemove) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            IdentityHashMap.this.remove(unmask(last));
            expectedModCount = modCount;
            canRemove = false;
        }
    }
}
