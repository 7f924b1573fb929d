// Checks LinkedHashMap insertion order (re-put keeps position, remove+put moves to
// end), access order (accessOrder=true: get/put/getOrDefault/compute move entries to
// the end, containsKey does not), a removeEldestEntry LRU cache subclass, and
// LinkedHashSet insertion order including re-adds and removals.
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

public class LinkedHashMapOrder {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > capacity;
            if (evict) System.out.println("  evicting " + eldest.getKey() + "=" + eldest.getValue());
            return evict;
        }
    }

    public static void main(String[] args) {
        LinkedHashMap<String, Integer> ins = new LinkedHashMap<>();
        for (String s : new String[] {"zebra", "apple", "mango", "kiwi", "banana"}) ins.put(s, s.length());
        System.out.println("insertion " + ins);
        System.out.println("re-put apple -> " + ins.put("apple", 50) + " " + ins);
        System.out.println("get mango " + ins.get("mango") + " (no reorder) " + ins);
        ins.remove("zebra");
        ins.put("zebra", 0);
        System.out.println("remove+put zebra " + ins);
        System.out.println("keySet " + ins.keySet() + " values " + ins.values());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : ins.entrySet()) sb.append(e.getKey()).append(':').append(e.getValue()).append(' ');
        System.out.println("entrySet " + sb.toString().trim());
        Iterator<String> kit = ins.keySet().iterator();
        kit.next();
        kit.remove();
        System.out.println("after removing first via iterator " + ins);

        LinkedHashMap<Integer, String> acc = new LinkedHashMap<>(16, 0.75f, true);
        for (int i = 1; i <= 6; i++) acc.put(i, "v" + i);
        System.out.println("access order initial " + acc);
        acc.get(2);
        System.out.println("after get(2) " + acc);
        acc.get(99);
        System.out.println("after get(99) miss " + acc);
        acc.put(4, "four");
        System.out.println("after put(4) existing " + acc);
        acc.containsKey(1);
        System.out.println("after containsKey(1) " + acc);
        acc.getOrDefault(3, "x");
        System.out.println("after getOrDefault(3) " + acc);
        acc.putIfAbsent(1, "y");
        System.out.println("after putIfAbsent(1) " + acc);
        acc.compute(5, (k, v) -> v + "!");
        System.out.println("after compute(5) " + acc);
        acc.merge(6, "+", String::concat);
        System.out.println("after merge(6) " + acc);
        acc.replace(2, "two");
        System.out.println("after replace(2) " + acc);

        Lru<String, Integer> cache = new Lru<>(3);
        String[] ops = {"put a", "put b", "put c", "get a", "put d", "get c", "put e", "put a", "get b", "put f"};
        int n = 0;
        for (String op : ops) {
            String[] parts = op.split(" ");
            if (parts[0].equals("put")) {
                System.out.println(op + " -> " + cache.put(parts[1], ++n));
            } else {
                System.out.println(op + " -> " + cache.get(parts[1]));
            }
            System.out.println("  cache " + cache);
        }

        LinkedHashSet<String> lhs = new LinkedHashSet<>();
        for (String s : "to be or not to be that is the question".split(" ")) {
            System.out.print(lhs.add(s) ? "+" : "=");
        }
        System.out.println();
        System.out.println("linked set " + lhs + " size " + lhs.size());
        System.out.println("remove be " + lhs.remove("be") + " add be " + lhs.add("be") + " -> " + lhs);
        lhs.removeIf(w -> w.length() == 2);
        System.out.println("removeIf length 2 " + lhs);
        lhs.addAll(List.of("alpha", "that", "omega"));
        System.out.println("addAll " + lhs);
        System.out.println("equals " + lhs.equals(new java.util.HashSet<>(lhs)) + " containsAll " + lhs.containsAll(List.of("alpha", "not")));
    }
}
