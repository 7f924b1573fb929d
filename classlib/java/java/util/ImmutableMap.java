package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The unmodifiable map returned by {@code Map.of}, {@code Map.ofEntries}
 * and {@code Map.copyOf}: null keys and values are rejected, duplicate keys
 * are an error, every mutator throws UnsupportedOperationException and
 * lookups of null throw NullPointerException. Mappings iterate in the order
 * they were given (the Java SE specification leaves the order unspecified).
 */
final class ImmutableMap<K, V> extends AbstractMap<K, V> {

    static final ImmutableMap<Object, Object> EMPTY = new ImmutableMap<Object, Object>(new Object[0], new Object[0]);

    private final Object[] keys;
    private final Object[] vals;
    /** Open-addressing table of (index + 1) into keys/vals; 0 marks a free slot; power-of-two length. */
    private final int[] table;

    private ImmutableMap(Object[] keys, Object[] vals) {
        this.keys = keys;
        this.vals = vals;
        int cap = 2;
        while (cap < keys.length * 2) {
            cap <<= 1;
        }
        this.table = new int[cap];
        for (int i = 0; i < keys.length; i++) {
            Object k = Objects.requireNonNull(keys[i]);
            Objects.requireNonNull(vals[i]);
            int slot = probe(k);
            if (slot >= 0) {
                throw new IllegalArgumentException("duplicate key: " + k);
            }
            table[-(slot + 1)] = i + 1;
        }
    }

    /** Builds a map from alternating keys and values (not shared with the caller). */
    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> ofPairs(Object... kvs) {
        int n = kvs.length >> 1;
        if (n == 0) {
            return (Map<K, V>) EMPTY;
        }
        Object[] ks = new Object[n];
        Object[] vs = new Object[n];
        for (int i = 0; i < n; i++) {
            ks[i] = kvs[2 * i];
            vs[i] = kvs[2 * i + 1];
        }
        return new ImmutableMap<K, V>(ks, vs);
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> ofEntries(Map.Entry<?, ?>[] entries) {
        if (entries.length == 0) {
            return (Map<K, V>) EMPTY;
        }
        Object[] ks = new Object[entries.length];
        Object[] vs = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            Map.Entry<?, ?> e = Objects.requireNonNull(entries[i]);
            ks[i] = Objects.requireNonNull(e.getKey());
            vs[i] = Objects.requireNonNull(e.getValue());
        }
        return new ImmutableMap<K, V>(ks, vs);
    }

    /** Slot of {@code k} if present, else {@code -(free slot) - 1}. */
    private int probe(Object k) {
        int mask = table.length - 1;
        int h = k.hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        for (;;) {
            int idx = table[i];
            if (idx == 0) {
                return -i - 1;
            }
            if (k.equals(keys[idx - 1])) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private int indexOf(Object k) {
        Objects.requireNonNull(k);
        if (keys.length == 0) {
            return -1;
        }
        int slot = probe(k);
        return slot < 0 ? -1 : table[slot] - 1;
    }

    public int size() {
        return keys.length;
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) vals[i];
    }

    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    public boolean containsValue(Object value) {
        Objects.requireNonNull(value);
        for (int i = 0; i < vals.length; i++) {
            if (value.equals(vals[i])) {
                return true;
            }
        }
        return false;
    }

    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keys.length; i++) {
            h += keys[i].hashCode() ^ vals[i].hashCode();
        }
        return h;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public int size() {
                return keys.length;
            }

            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<Map.Entry<K, V>>() {
                    private int i = 0;

                    public boolean hasNext() {
                        return i < keys.length;
                    }

                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (i >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int j = i++;
                        return new AbstractMap.ImmutableEntry<K, V>((K) keys[j], (V) vals[j]);
                    }

                    public void remove() {
                        throw uoe();
                    }
                };
            }

            public boolean add(Map.Entry<K, V> e) {
                throw uoe();
            }

            public boolean remove(Object o) {
                throw uoe();
            }

            public boolean removeAll(Collection<?> c) {
                throw uoe();
            }

            public boolean retainAll(Collection<?> c) {
                throw uoe();
            }

            public void clear() {
                throw uoe();
            }
        };
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    public V put(K key, V value) {
        throw uoe();
    }

    public V remove(Object key) {
        throw uoe();
    }

    public void putAll(Map<? extends K, ? extends V> m) {
        throw uoe();
    }

    public void clear() {
        throw uoe();
    }

    public V putIfAbsent(K key, V value) {
        throw uoe();
    }

    public boolean remove(Object key, Object value) {
        throw uoe();
    }

    public boolean replace(K key, V oldValue, V newValue) {
        throw uoe();
    }

    public V replace(K key, V value) {
        throw uoe();
    }

    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw uoe();
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        throw uoe();
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw uoe();
    }

    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw uoe();
    }

    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw uoe();
    }
}
