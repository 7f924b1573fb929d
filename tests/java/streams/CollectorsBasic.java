// Checks the non-grouping Collectors: toList, toSet (HashSet of small
// Integers/Strings), toMap (2/3/4-argument forms, merge function, TreeMap::new,
// duplicate-key IllegalStateException message, null value NPE), joining (0, 1
// and 3 arguments), counting, summingInt/Long/Double, averagingInt/Double,
// minBy/maxBy, reducing (1, 2, 3 args), collectingAndThen, toUnmodifiableList/
// Set/Map, teeing, summarizingInt/Double, mapping/filtering/flatMapping.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class CollectorsBasic {
    public static void main(String[] args) {
        List<String> words = List.of("kiwi", "apple", "fig", "banana", "cherry", "date", "apple");

        List<String> l = words.stream().collect(Collectors.toList());
        System.out.println("toList: " + l + " " + l.getClass().getSimpleName());
        Set<Integer> lengths = words.stream().map(String::length).collect(Collectors.toSet());
        System.out.println("toSet of lengths: " + lengths + " " + lengths.getClass().getSimpleName());
        Set<String> set = words.stream().collect(Collectors.toSet());
        System.out.println("toSet sorted: " + new TreeSet<>(set) + " size " + set.size());
        HashSet<String> hs = new HashSet<>(List.of("a", "b", "c", "aa", "bb"));
        System.out.println("HashSet of strings: " + hs);
        System.out.println("toCollection TreeSet: " + words.stream().collect(Collectors.toCollection(TreeSet::new)));
        System.out.println("toCollection prefilled ArrayList: " + words.stream().collect(Collectors.toCollection(() -> new ArrayList<>(List.of("first")))));

        Map<String, Integer> m2 = words.stream().distinct().collect(Collectors.toMap(Function.identity(), String::length));
        System.out.println("toMap 2-arg sorted: " + new TreeMap<>(m2) + " " + m2.getClass().getSimpleName());
        try {
            words.stream().collect(Collectors.toMap(Function.identity(), String::length));
        } catch (IllegalStateException e) {
            System.out.println("toMap duplicate: " + e.getMessage());
        }
        try {
            Stream.of("a", "b", "a").collect(Collectors.toMap(s -> s, s -> s.equals("a") ? (int) s.charAt(0) - 96 : 0));
            System.out.println("unreachable");
        } catch (IllegalStateException e) {
            System.out.println("toMap duplicate a: " + e.getMessage());
        }
        try {
            Stream.of("a=1", "b=5", "a=2").collect(Collectors.toMap(s -> s.substring(0, 1), s -> Integer.parseInt(s.substring(2))));
        } catch (IllegalStateException e) {
            System.out.println("toMap duplicate a=1/a=2: " + e.getMessage());
        }
        int[] counter = {0};
        try {
            Stream.of("a", "b", "a").collect(Collectors.toMap(s -> s, s -> ++counter[0]));
        } catch (IllegalStateException e) {
            System.out.println("toMap duplicate counter: " + e.getMessage());
        }
        Map<Integer, String> m3 = words.stream().collect(Collectors.toMap(String::length, Function.identity(), (a, b) -> a + "|" + b));
        System.out.println("toMap 3-arg merge: " + new TreeMap<>(m3));
        TreeMap<Character, Integer> m4 = words.stream().collect(Collectors.toMap(w -> w.charAt(0), w -> 1, Integer::sum, TreeMap::new));
        System.out.println("toMap 4-arg TreeMap: " + m4 + " " + m4.getClass().getSimpleName());
        LinkedHashMap<String, Integer> lhm = words.stream().collect(Collectors.toMap(w -> w, w -> w.length(), (a, b) -> a, LinkedHashMap::new));
        System.out.println("toMap LinkedHashMap keeps order: " + lhm);
        try {
            Stream.of("x").collect(Collectors.toMap(s -> s, s -> (String) null));
        } catch (NullPointerException e) {
            System.out.println("toMap null value: NullPointerException");
        }

        System.out.println("joining(): " + words.stream().collect(Collectors.joining()));
        System.out.println("joining(sep): " + words.stream().collect(Collectors.joining(", ")));
        System.out.println("joining(sep,pre,suf): " + words.stream().collect(Collectors.joining("; ", "{", "}")));
        System.out.println("joining empty: [" + Stream.<String>empty().collect(Collectors.joining(",", "<", ">")) + "]");
        System.out.println("joining single: " + Stream.of("solo").collect(Collectors.joining(",", "<", ">")));
        System.out.println("joining chars: " + Stream.of(new StringBuilder("sb"), "str").collect(Collectors.joining("-")));

        System.out.println("counting: " + words.stream().collect(Collectors.counting()));
        System.out.println("summingInt: " + words.stream().collect(Collectors.summingInt(String::length)));
        System.out.println("summingLong: " + Stream.of(1, 2, 3).collect(Collectors.summingLong(i -> i * 3000000000L)));
        System.out.println("summingDouble: " + Stream.of(1, 2, 3).collect(Collectors.summingDouble(i -> i / 4.0)));
        System.out.println("averagingInt: " + words.stream().collect(Collectors.averagingInt(String::length)));
        System.out.println("averagingInt empty: " + Stream.<String>empty().collect(Collectors.averagingInt(String::length)));
        System.out.println("averagingDouble: " + Stream.of(1.0, 2.0, 2.0).collect(Collectors.averagingDouble(d -> d)));
        System.out.println("averagingLong: " + Stream.of(1L, 2L).collect(Collectors.averagingLong(x -> x)));
        System.out.println("minBy: " + words.stream().collect(Collectors.minBy(Comparator.comparingInt(String::length))));
        System.out.println("maxBy: " + words.stream().collect(Collectors.maxBy(Comparator.comparingInt(String::length))));
        System.out.println("maxBy natural: " + words.stream().collect(Collectors.maxBy(Comparator.naturalOrder())));
        System.out.println("minBy empty: " + Stream.<String>empty().collect(Collectors.minBy(Comparator.naturalOrder())));
        System.out.println("reducing 1-arg: " + Stream.of(3, 4, 5).collect(Collectors.reducing(Integer::sum)));
        System.out.println("reducing 2-arg: " + Stream.of(3, 4, 5).collect(Collectors.reducing(1, (a, b) -> a * b)));
        System.out.println("reducing 3-arg: " + words.stream().collect(Collectors.reducing(0, String::length, Integer::max)));
        System.out.println("collectingAndThen size: " + words.stream().collect(Collectors.collectingAndThen(Collectors.toSet(), Set::size)));
        System.out.println("collectingAndThen upper: " + words.stream().collect(Collectors.collectingAndThen(Collectors.joining("/"), String::toUpperCase)));
        List<String> ul = words.stream().collect(Collectors.toUnmodifiableList());
        System.out.println("toUnmodifiableList: " + ul);
        try {
            ul.set(0, "x");
        } catch (UnsupportedOperationException e) {
            System.out.println("toUnmodifiableList set: UnsupportedOperationException");
        }
        try {
            Stream.of("a", null).collect(Collectors.toUnmodifiableList());
        } catch (NullPointerException e) {
            System.out.println("toUnmodifiableList null: NullPointerException");
        }
        Set<String> us = words.stream().collect(Collectors.toUnmodifiableSet());
        System.out.println("toUnmodifiableSet size: " + us.size() + " contains fig " + us.contains("fig"));
        Map<String, Integer> um = Stream.of("x", "yy").collect(Collectors.toUnmodifiableMap(s -> s, String::length));
        System.out.println("toUnmodifiableMap: x=" + um.get("x") + " yy=" + um.get("yy") + " size " + um.size());
        try {
            Stream.of("q", "q").collect(Collectors.toUnmodifiableMap(s -> s, String::length));
        } catch (IllegalStateException e) {
            System.out.println("toUnmodifiableMap duplicate: " + e.getMessage());
        }

        String teed = Stream.of(4, 8, 15, 16, 23, 42).collect(Collectors.teeing(
            Collectors.counting(),
            Collectors.summingInt(i -> i),
            (count, sum) -> "count=" + count + " sum=" + sum));
        System.out.println("teeing: " + teed);
        List<Integer> minMax = Stream.of(7, 2, 9, 4).collect(Collectors.teeing(
            Collectors.minBy(Integer::compare), Collectors.maxBy(Integer::compare),
            (mn, mx) -> List.of(mn.get(), mx.get())));
        System.out.println("teeing min/max: " + minMax);
        System.out.println("summarizingInt: " + words.stream().collect(Collectors.summarizingInt(String::length)));
        System.out.println("summarizingLong: " + words.stream().collect(Collectors.summarizingLong(String::length)));
        System.out.println("summarizingDouble: " + Stream.of(0.5, 1.5).collect(Collectors.summarizingDouble(d -> d)));
        System.out.println("mapping: " + words.stream().collect(Collectors.mapping(w -> w.substring(0, 1), Collectors.joining())));
        System.out.println("filtering: " + words.stream().collect(Collectors.filtering(w -> w.length() > 4, Collectors.toList())));
        System.out.println("flatMapping: " + words.stream().limit(3).collect(Collectors.flatMapping(w -> w.chars().mapToObj(c -> (char) c), Collectors.toCollection(TreeSet::new))));
    }
}
