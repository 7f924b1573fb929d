// Checks the Java 9+ immutable collection factories: List.of/Set.of/Map.of/
// Map.ofEntries/Map.entry and List/Set/Map.copyOf. Immutability
// (UnsupportedOperationException), null rejection (NullPointerException, including
// contains(null)), duplicate rejection messages ("duplicate element: x",
// "duplicate key: k"), List.of toString/equals/hashCode/indexOf/subList and index
// exceptions. Set.of/Map.of iteration order is randomized per JVM run, so only
// sizes, contains and sorted copies of them are printed.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class ImmutableFactories {
    interface Op { Object run(); }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    // for exceptions whose message is a HotSpot "helpful NullPointerException" text
    static void attemptClass(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        List<String> l0 = List.of();
        List<String> l1 = List.of("a");
        List<String> l2 = List.of("a", "b");
        List<String> l5 = List.of("a", "b", "c", "b", "e");
        List<Integer> l12 = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        System.out.println(l0 + " " + l1 + " " + l2 + " " + l5 + " " + l12);
        System.out.println("sizes " + l0.size() + " " + l1.size() + " " + l2.size() + " " + l5.size() + " " + l12.size());
        System.out.println("hashCodes " + l0.hashCode() + " " + l1.hashCode() + " " + l2.hashCode() + " " + l5.hashCode() + " " + l12.hashCode());
        System.out.println("equals ArrayList " + l5.equals(new ArrayList<>(Arrays.asList("a", "b", "c", "b", "e")))
                + " ArrayList equals " + new ArrayList<>(l2).equals(l2) + " l2 equals l5 " + l2.equals(l5));
        System.out.println("indexOf b " + l5.indexOf("b") + " lastIndexOf b " + l5.lastIndexOf("b") + " indexOf z " + l5.indexOf("z")
                + " contains e " + l5.contains("e"));
        System.out.println("subList(1,4) " + l5.subList(1, 4) + " subList(1,4).indexOf(b) " + l5.subList(1, 4).lastIndexOf("b"));
        System.out.println("fromArray " + List.of(new String[] {"x", "y", "z"}) + " varargs 11 " + List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).size());
        attempt("l2.add", () -> l2.add("c"));
        attempt("l5.set", () -> l5.set(0, "z"));
        attempt("l5.remove(0)", () -> l5.remove(0));
        attempt("l0.clear", () -> { l0.clear(); return "cleared"; });
        attempt("l5.sort", () -> { l5.sort(null); return "sorted"; });
        attempt("l5.subList.set", () -> l5.subList(0, 2).set(0, "q"));
        attempt("l5.iterator().remove", () -> { var it = l5.iterator(); it.next(); it.remove(); return "removed"; });
        attempt("l5.contains(null)", () -> l5.contains(null));
        attempt("l5.indexOf(null)", () -> l5.indexOf(null));
        attempt("List.of(null)", () -> List.of((String) null));
        attempt("List.of(a, null)", () -> List.of("a", null));
        attempt("l1.get(1)", () -> l1.get(1));
        attempt("l2.get(-1)", () -> l2.get(-1));
        attempt("l5.get(5)", () -> l5.get(5));
        attempt("l0.get(0)", () -> l0.get(0));
        attempt("l5.subList(2,9)", () -> l5.subList(2, 9));

        List<String> mutable = new ArrayList<>(List.of("m1", "m2"));
        List<String> copy = List.copyOf(mutable);
        mutable.add("m3");
        System.out.println("copyOf snapshot " + copy + " source " + mutable + " copyOf(copy)==copy " + (List.copyOf(copy) == copy));
        attempt("List.copyOf with null", () -> List.copyOf(Arrays.asList("a", null)));
        attempt("copy.add", () -> copy.add("x"));

        Set<String> s3 = Set.of("pear", "apple", "fig");
        System.out.println("Set.of size " + s3.size() + " sorted " + new TreeSet<>(s3) + " contains fig " + s3.contains("fig") + " contains kiwi " + s3.contains("kiwi"));
        System.out.println("Set.of equals HashSet " + s3.equals(new java.util.HashSet<>(List.of("fig", "pear", "apple"))) + " hashCode matches " + (s3.hashCode() == new TreeSet<>(s3).hashCode()));
        System.out.println("Set.of() size " + Set.of().size() + " Set.of(1) " + Set.of(1) + " Set.of(1) contains 1 " + Set.of(1).contains(1));
        attempt("Set.of(a, b, a)", () -> Set.of("a", "b", "a"));
        attempt("Set.of(x, x)", () -> Set.of("x", "x"));
        attempt("Set.of(7, 8, 9, 7 array)", () -> Set.of(new Integer[] {7, 8, 9, 7}));
        attempt("Set.of(null)", () -> Set.of((String) null));
        attempt("s3.add", () -> s3.add("kiwi"));
        attempt("s3.remove", () -> s3.remove("fig"));
        attempt("s3.contains(null)", () -> s3.contains(null));
        Set<Integer> sc = Set.copyOf(Arrays.asList(3, 1, 3, 2, 1));
        System.out.println("Set.copyOf dedups size " + sc.size() + " sorted " + new TreeSet<>(sc));

        Map<String, Integer> m3 = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println("Map.of size " + m3.size() + " sorted " + new TreeMap<>(m3) + " get two " + m3.get("two") + " get four " + m3.get("four")
                + " getOrDefault four " + m3.getOrDefault("four", 4) + " containsKey one " + m3.containsKey("one") + " containsValue 3 " + m3.containsValue(3));
        System.out.println("Map.of equals HashMap " + m3.equals(new HashMap<>(m3)) + " hashCode " + m3.hashCode());
        attempt("Map.of dup key", () -> Map.of("k", 1, "k", 2));
        attempt("Map.of null key", () -> Map.of("k", 1, null, 2));
        attempt("Map.of null value", () -> Map.of("k", null));
        attempt("m3.put", () -> m3.put("four", 4));
        attempt("m3.remove", () -> m3.remove("one"));
        attempt("m3.merge", () -> m3.merge("one", 1, Integer::sum));
        attemptClass("m3.get(null)", () -> m3.get(null));
        attempt("m3.containsKey(null)", () -> m3.containsKey(null));
        Map<String, Integer> me = Map.ofEntries(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 3), Map.entry("d", 4));
        System.out.println("ofEntries size " + me.size() + " sorted " + new TreeMap<>(me));
        attempt("ofEntries dup", () -> Map.ofEntries(Map.entry("a", 1), Map.entry("a", 2)));
        Map.Entry<String, Integer> ent = Map.entry("key", 9);
        System.out.println("Map.entry " + ent + " getKey " + ent.getKey() + " getValue " + ent.getValue() + " hashCode " + ent.hashCode()
                + " equals " + ent.equals(new java.util.AbstractMap.SimpleEntry<>("key", 9)));
        attempt("entry.setValue", () -> ent.setValue(10));
        attempt("Map.entry(null, 1)", () -> Map.entry(null, 1));
        Map<String, Integer> src = new HashMap<>();
        src.put("p", 1);
        src.put("q", 2);
        Map<String, Integer> mc = Map.copyOf(src);
        src.put("r", 3);
        System.out.println("Map.copyOf size " + mc.size() + " sorted " + new TreeMap<>(mc) + " source " + src);
        src.put("n", null);
        attempt("Map.copyOf with null value", () -> Map.copyOf(src));
        List<String> sortedKeys = new ArrayList<>(m3.keySet());
        sortedKeys.sort(null);
        int valueSum = 0;
        for (int v : m3.values()) valueSum += v;
        System.out.println("keySet sorted " + sortedKeys + " values sum " + valueSum);
    }
}
