package java.util;

/**
 * An object mapping keys to values; each key maps to at most one value.
 */
public interface Map<K, V> {

    int size();

    boolean isEmpty();

    boolean containsKey(Object key);

    boolean containsValue(Object value);

    V get(Object key);

    V put(K key, V value);

    V remove(Object key);

    void putAll(Map<? extends K, ? extends V> m);

    void clear();

    Set<K> keySet();

    Collection<V> values();

    Set<Map.Entry<K, V>> entrySet();

    boolean equals(Object o);

    int hashCode();

    /** Returns the mapped value, or {@code defaultValue} if there is no mapping for the key. */
    default V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        if (v != null || containsKey(key)) {
            return v;
        }
        return defaultValue;
    }

    /** Maps the key to the value unless it is already mapped to a non-null value; returns the previous value. */
    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) {
            v = put(key, value);
        }
        return v;
    }

    /** Removes the entry only if the key is currently mapped to {@code value}. */
    default boolean remove(Object key, Object value) {
        Object cur = get(key);
        if (!Objects.equals(cur, value) || (cur == null && !containsKey(key))) {
            return false;
        }
        remove(key);
        return true;
    }

    /** Replaces the value only if the key is currently mapped to {@code oldValue}. */
    default boolean replace(K key, V oldValue, V newValue) {
        Object cur = get(key);
        if (!Objects.equals(cur, oldValue) || (cur == null && !containsKey(key))) {
            return false;
        }
        put(key, newValue);
        return true;
    }

    /** Replaces the value only if the key is currently mapped; returns the previous value. */
    default V replace(K key, V value) {
        V cur = get(key);
        if (cur != null || containsKey(key)) {
            cur = put(key, value);
        }
        return cur;
    }

    /** Returns an unmodifiable entry; neither key nor value may be null. */
    static <K, V> Map.Entry<K, V> entry(K k, V v) {
        return new AbstractMap.ImmutableEntry<K, V>(Objects.requireNonNull(k), Objects.requireNonNull(v));
    }

    /**
     * A key-value pair, as handed out by {@link Map#entrySet()}.
     */
    interface Entry<K, V> {

        K getKey();

        V getValue();

        V setValue(V value);

        boolean equals(Object o);

        int hashCode();

        static <K extends Comparable<? super K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {
            return new AbstractMap.EntryComparator<K, V>(true, null);
        }

        static <K, V extends Comparable<? super V>> Comparator<Map.Entry<K, V>> comparingByValue() {
            return new AbstractMap.EntryComparator<K, V>(false, null);
        }

        static <K, V> Comparator<Map.Entry<K, V>> comparingByKey(Comparator<? super K> cmp) {
            Objects.requireNonNull(cmp);
            return new AbstractMap.EntryComparator<K, V>(true, cmp);
        }

        static <K, V> Comparator<Map.Entry<K, V>> comparingByValue(Comparator<? super V> cmp) {
            Objects.requireNonNull(cmp);
            return new AbstractMap.EntryComparator<K, V>(false, cmp);
        }
    }
}
