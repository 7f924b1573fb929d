// Checks TreeMap as a NavigableMap: sorted toString, put returning old values,
// first/last keys and entries, floor/ceiling/lower/higher (key and entry variants,
// including misses returning null), pollFirst/LastEntry, remove, containsKey/Value,
// entrySet iteration and Entry.setValue write-through, NoSuchElementException on
// empty firstKey, NPE on null key, and comparator-based maps (case-insensitive,
// reverseOrder).
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

public class TreeMapNavigation {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        int[] keys = {50, 20, 80, 10, 30, 70, 90, 60, 40};
        for (int k : keys) {
            System.out.println("put " + k + " -> " + m.put(k, "v" + k));
        }
        System.out.println("put 30 again -> " + m.put(30, "thirty"));
        System.out.println(m + " size " + m.size());
        System.out.println("firstKey " + m.firstKey() + " lastKey " + m.lastKey());
        System.out.println("firstEntry " + m.firstEntry() + " lastEntry " + m.lastEntry());
        int[] probes = {5, 10, 35, 50, 95};
        for (int p : probes) {
            System.out.println("probe " + p + ": floorKey=" + m.floorKey(p) + " ceilingKey=" + m.ceilingKey(p)
                    + " lowerKey=" + m.lowerKey(p) + " higherKey=" + m.higherKey(p));
            System.out.println("  floorEntry=" + m.floorEntry(p) + " ceilingEntry=" + m.ceilingEntry(p)
                    + " lowerEntry=" + m.lowerEntry(p) + " higherEntry=" + m.higherEntry(p));
        }
        System.out.println("containsKey 70 " + m.containsKey(70) + " containsKey 71 " + m.containsKey(71)
                + " containsValue thirty " + m.containsValue("thirty") + " containsValue v30 " + m.containsValue("v30"));
        System.out.println("get 60 " + m.get(60) + " get 61 " + m.get(61) + " getOrDefault 61 " + m.getOrDefault(61, "none"));
        System.out.println("remove 20 -> " + m.remove(20) + " remove 21 -> " + m.remove(21));
        System.out.println("pollFirstEntry " + m.pollFirstEntry() + " pollLastEntry " + m.pollLastEntry() + " -> " + m);

        for (Map.Entry<Integer, String> e : m.entrySet()) {
            if (e.getKey() % 20 == 0) e.setValue(e.getValue().toUpperCase());
        }
        System.out.println("after setValue " + m);
        StringBuilder sb = new StringBuilder();
        for (Integer k : m.keySet()) sb.append(k).append(' ');
        System.out.println("keySet iteration " + sb.toString().trim());
        System.out.println("values " + m.values());
        Map.Entry<Integer, String> fe = m.firstEntry();
        try {
            fe.setValue("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("firstEntry().setValue: " + e.getClass().getName());
        }
        System.out.println("entry equals " + fe.equals(Map.entry(30, "thirty")) + " hashCode equal "
                + (fe.hashCode() == Map.entry(30, "thirty").hashCode()));

        TreeMap<Integer, String> empty = new TreeMap<>();
        System.out.println("empty firstEntry " + empty.firstEntry() + " pollFirstEntry " + empty.pollFirstEntry() + " floorKey " + empty.floorKey(1));
        try {
            empty.firstKey();
        } catch (NoSuchElementException e) {
            System.out.println("empty firstKey: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            empty.lastKey();
        } catch (NoSuchElementException e) {
            System.out.println("empty lastKey: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            m.put(null, "n");
        } catch (NullPointerException e) {
            System.out.println("put null key: " + e.getClass().getName());
        }

        // case-insensitive comparator
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        System.out.println("ci put Apple " + ci.put("Apple", 1));
        System.out.println("ci put banana " + ci.put("banana", 2));
        System.out.println("ci put APPLE " + ci.put("APPLE", 3));
        System.out.println("ci put cherry " + ci.put("cherry", 4));
        System.out.println("ci put Banana " + ci.put("Banana", 5));
        System.out.println("ci " + ci + " get(aPpLe) " + ci.get("aPpLe") + " containsKey(CHERRY) " + ci.containsKey("CHERRY"));
        System.out.println("ci ceilingKey(B) " + ci.ceilingKey("B") + " higherKey(BANANA) " + ci.higherKey("BANANA"));

        // reverse order
        NavigableMap<String, Integer> rev = new TreeMap<>(Comparator.reverseOrder());
        for (String s : new String[] {"m", "c", "x", "a", "q"}) rev.put(s, s.charAt(0) - 'a');
        System.out.println("rev " + rev + " firstKey " + rev.firstKey() + " lastKey " + rev.lastKey());
        System.out.println("rev floorKey(d) " + rev.floorKey("d") + " ceilingKey(d) " + rev.ceilingKey("d")
                + " lowerKey(m) " + rev.lowerKey("m") + " higherKey(m) " + rev.higherKey("m"));
        System.out.println("rev comparator is reverseOrder " + (rev.comparator() == Comparator.reverseOrder()));
        System.out.println("natural comparator " + m.comparator());

        // copy constructor and equality with other maps
        TreeMap<Integer, String> copy = new TreeMap<>(m);
        System.out.println("copy equals " + copy.equals(m) + " hash equal " + (copy.hashCode() == m.hashCode()));
        copy.clear();
        System.out.println("copy cleared " + copy + " original size " + m.size());
    }
}
