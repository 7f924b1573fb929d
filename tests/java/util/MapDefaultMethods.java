// Checks the Java 8 Map default/override methods on HashMap, TreeMap and
// LinkedHashMap: putIfAbsent, computeIfAbsent, computeIfPresent, compute, merge
// (including null results removing entries), getOrDefault, replace (2 and 3 args),
// remove(key, value), replaceAll and forEach, printing every return value.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class MapDefaultMethods {
    static void exercise(String label, Map<String, Integer> m) {
        System.out.println("== " + label);
        m.put("one", 1);
        m.put("two", 2);
        m.put("three", 3);
        m.put("nil", null);
        System.out.println("start " + m);
        System.out.println("putIfAbsent(one,10) " + m.putIfAbsent("one", 10));
        System.out.println("putIfAbsent(four,4) " + m.putIfAbsent("four", 4));
        System.out.println("putIfAbsent(nil,0) " + m.putIfAbsent("nil", 0) + " -> nil=" + m.get("nil"));
        System.out.println("computeIfAbsent(five) " + m.computeIfAbsent("five", k -> k.length()));
        System.out.println("computeIfAbsent(one) " + m.computeIfAbsent("one", k -> 99));
        System.out.println("computeIfAbsent(six -> null) " + m.computeIfAbsent("six", k -> null) + " containsKey " + m.containsKey("six"));
        System.out.println("computeIfPresent(two) " + m.computeIfPresent("two", (k, v) -> v * 100));
        System.out.println("computeIfPresent(seven) " + m.computeIfPresent("seven", (k, v) -> 7));
        System.out.println("computeIfPresent(three -> null) " + m.computeIfPresent("three", (k, v) -> null) + " containsKey " + m.containsKey("three"));
        System.out.println("compute(one) " + m.compute("one", (k, v) -> v == null ? -1 : v + 1));
        System.out.println("compute(eight) " + m.compute("eight", (k, v) -> v == null ? -1 : v + 1));
        System.out.println("compute(eight -> null) " + m.compute("eight", (k, v) -> null) + " containsKey " + m.containsKey("eight"));
        System.out.println("merge(one,5,+) " + m.merge("one", 5, Integer::sum));
        System.out.println("merge(nine,9,+) " + m.merge("nine", 9, Integer::sum));
        System.out.println("merge(nine -> null) " + m.merge("nine", 1, (a, b) -> null) + " containsKey " + m.containsKey("nine"));
        System.out.println("getOrDefault(two,-1) " + m.getOrDefault("two", -1) + " getOrDefault(ten,-1) " + m.getOrDefault("ten", -1));
        System.out.println("replace(two,22) " + m.replace("two", 22) + " replace(ten,10) " + m.replace("ten", 10));
        System.out.println("replace(two,22,23) " + m.replace("two", 22, 23) + " replace(two,22,24) " + m.replace("two", 22, 24));
        System.out.println("remove(four,5) " + m.remove("four", 5) + " remove(four,4) " + m.remove("four", 4));
        System.out.println("middle " + m);
        m.replaceAll((k, v) -> v == null ? 0 : v * 2);
        System.out.println("replaceAll *2 " + m);
        List<String> seen = new ArrayList<>();
        m.forEach((k, v) -> seen.add(k + "->" + v));
        System.out.println("forEach " + seen);
        int[] sum = {0};
        m.values().forEach(v -> sum[0] += v);
        System.out.println("sum of values " + sum[0]);
        m.entrySet().removeIf(e -> e.getValue() > 10);
        System.out.println("entrySet().removeIf >10 " + m);
        m.keySet().removeIf(k -> k.startsWith("n"));
        System.out.println("keySet().removeIf n* " + m);
        m.values().removeIf(v -> v == 0);
        System.out.println("values().removeIf 0 " + m + " size " + m.size());
    }

    public static void main(String[] args) {
        exercise("HashMap", new HashMap<>());
        exercise("LinkedHashMap", new LinkedHashMap<>());
        exercise("TreeMap", new TreeMap<>());

        // word counting with merge on a TreeMap, grouping with computeIfAbsent
        Map<String, Integer> counts = new TreeMap<>();
        Map<Integer, List<String>> byLength = new TreeMap<>();
        for (String w : "the cat and a happy hat sat on the mat quietly and the bat flew".split(" ")) {
            counts.merge(w, 1, Integer::sum);
            byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
        System.out.println("counts " + counts);
        System.out.println("byLength " + byLength);
        Map<Character, Integer> letters = new HashMap<>();
        for (char c : "mississippi".toCharArray()) letters.compute(c, (k, v) -> v == null ? 1 : v + 1);
        System.out.println("letters " + letters);
        try {
            new HashMap<String, Integer>().merge("k", null, Integer::sum);
        } catch (NullPointerException e) {
            System.out.println("merge null value: " + e.getClass().getName());
        }
        try {
            new TreeMap<String, Integer>().computeIfAbsent(null, k -> 1);
        } catch (NullPointerException e) {
            System.out.println("TreeMap computeIfAbsent null key: " + e.getClass().getName());
        }
    }
}
