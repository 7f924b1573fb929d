public class UserHashTable {
    static class Table<K, V> {
        static class Entry<K, V> {
            final K key;
            V value;
            Entry<K, V> next;

            Entry(K key, V value, Entry<K, V> next) {
                this.key = key;
                this.value = value;
                this.next = next;
            }
        }

        private Entry<K, V>[] buckets;
        private int size;
        private int resizes;

        @SuppressWarnings("unchecked")
        Table(int capacity) {
            buckets = (Entry<K, V>[]) new Entry[capacity];
        }

        private int indexFor(Object key, int length) {
            int h = key == null ? 0 : key.hashCode();
            h ^= h >>> 16;
            return (h & 0x7fffffff) % length;
        }

        V put(K key, V value) {
            int i = indexFor(key, buckets.length);
            for (Entry<K, V> e = buckets[i]; e != null; e = e.next) {
                if (java.util.Objects.equals(e.key, key)) {
                    V old = e.value;
                    e.value = value;
                    return old;
                }
            }
            buckets[i] = new Entry<>(key, value, buckets[i]);
            size++;
            if (size > buckets.length * 3 / 4) resize();
            return null;
        }

        V get(K key) {
            for (Entry<K, V> e = buckets[indexFor(key, buckets.length)]; e != null; e = e.next) {
                if (java.util.Objects.equals(e.key, key)) return e.value;
            }
            return null;
        }

        boolean remove(K key) {
            int i = indexFor(key, buckets.length);
            Entry<K, V> prev = null;
            for (Entry<K, V> e = buckets[i]; e != null; prev = e, e = e.next) {
                if (java.util.Objects.equals(e.key, key)) {
                    if (prev == null) buckets[i] = e.next;
                    else prev.next = e.next;
                    size--;
                    return true;
                }
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        private void resize() {
            Entry<K, V>[] old = buckets;
            buckets = (Entry<K, V>[]) new Entry[old.length * 2 + 1];
            resizes++;
            for (Entry<K, V> head : old) {
                for (Entry<K, V> e = head; e != null; e = e.next) {
                    int i = indexFor(e.key, buckets.length);
                    buckets[i] = new Entry<>(e.key, e.value, buckets[i]);
                }
            }
        }

        int longestChain() {
            int best = 0;
            for (Entry<K, V> head : buckets) {
                int len = 0;
                for (Entry<K, V> e = head; e != null; e = e.next) len++;
                best = Math.max(best, len);
            }
            return best;
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("{");
            for (Entry<K, V> head : buckets) {
                for (Entry<K, V> e = head; e != null; e = e.next) {
                    if (sb.length() > 1) sb.append(", ");
                    sb.append(e.key).append('=').append(e.value);
                }
            }
            return sb.append('}').toString();
        }
    }

    public static void main(String[] args) {
        Table<String, Integer> t = new Table<>(5);
        String[] words = "the quick brown fox jumps over the lazy dog and the cat".split(" ");
        for (String w : words) {
            Integer c = t.get(w);
            t.put(w, c == null ? 1 : c + 1);
        }
        System.out.println(t);
        System.out.println("size " + t.size + " buckets " + t.buckets.length + " resizes " + t.resizes + " longest chain " + t.longestChain());
        System.out.println("the=" + t.get("the") + " fox=" + t.get("fox") + " wolf=" + t.get("wolf"));
        System.out.println("remove fox " + t.remove("fox") + " again " + t.remove("fox") + " size " + t.size);
        t.put(null, -1);
        System.out.println("null key " + t.get(null));
        Table<Integer, String> nums = new Table<>(3);
        for (int i = 0; i < 50; i++) nums.put(i * i, "sq" + i);
        System.out.println("size " + nums.size + " buckets " + nums.buckets.length + " resizes " + nums.resizes);
        System.out.println(nums.get(49) + " " + nums.get(2401) + " " + nums.get(50));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(nums.get(i)).append(' ');
        System.out.println(sb.toString().trim());
    }
}
