// Checks Collectors.groupingBy (1, 2 and 3 argument forms, TreeMap::new map
// factory, downstream counting/mapping/toSet/summingInt/averaging/maxBy/
// joining/collectingAndThen, nested groupingBy) and partitioningBy (with and
// without downstream; both keys always present, false printed first).
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class CollectorsGrouping {
    public static void main(String[] args) {
        List<String> words = List.of("ant", "bee", "cat", "dog", "eagle", "falcon", "gnu", "horse", "ibis", "jay", "koala", "lion");

        Map<Integer, List<String>> byLen = words.stream().collect(Collectors.groupingBy(String::length));
        System.out.println("groupingBy 1-arg (HashMap, small int keys): " + byLen + " " + byLen.getClass().getSimpleName());
        Map<Integer, Long> countByLen = words.stream().collect(Collectors.groupingBy(String::length, Collectors.counting()));
        System.out.println("groupingBy counting: " + countByLen);
        TreeMap<Character, List<String>> byVowelStart = words.stream().collect(Collectors.groupingBy(w -> "aeiou".indexOf(w.charAt(0)) >= 0 ? 'V' : 'C', TreeMap::new, Collectors.toList()));
        System.out.println("groupingBy 3-arg TreeMap: " + byVowelStart);
        TreeMap<Integer, String> joined = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.joining("+")));
        System.out.println("groupingBy joining: " + joined);
        Map<Integer, TreeSet<Character>> firstLetters = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.mapping(w -> w.charAt(0), Collectors.toCollection(TreeSet::new))));
        System.out.println("groupingBy mapping to TreeSet: " + firstLetters);
        Map<Integer, Integer> sumChars = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.summingInt(w -> w.charAt(0))));
        System.out.println("groupingBy summingInt: " + sumChars);
        Map<Integer, Double> avg = words.stream().collect(Collectors.groupingBy(w -> w.length() % 2, TreeMap::new, Collectors.averagingInt(String::length)));
        System.out.println("groupingBy averagingInt: " + avg);
        Map<Integer, Optional<String>> maxBy = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.maxBy(String::compareTo)));
        System.out.println("groupingBy maxBy: " + maxBy);
        Map<Integer, String> maxByUnwrapped = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new,
            Collectors.collectingAndThen(Collectors.maxBy(String::compareTo), Optional::get)));
        System.out.println("groupingBy collectingAndThen: " + maxByUnwrapped);
        Map<Integer, java.util.Set<Integer>> modSets = IntStream.range(0, 20).boxed().collect(Collectors.groupingBy(i -> i % 3, Collectors.toSet()));
        System.out.println("groupingBy toSet: " + modSets);
        Map<Integer, Map<Character, List<String>>> nested = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new,
            Collectors.groupingBy(w -> w.charAt(w.length() - 1), TreeMap::new, Collectors.toList())));
        System.out.println("nested groupingBy: " + nested);
        Map<Boolean, Long> groupBool = words.stream().collect(Collectors.groupingBy(w -> w.contains("a"), Collectors.counting()));
        System.out.println("groupingBy boolean key: " + groupBool);
        Map<String, List<Integer>> emptyGroups = Stream.<Integer>empty().collect(Collectors.groupingBy(i -> "k"));
        System.out.println("groupingBy empty: " + emptyGroups);
        Map<Integer, List<String>> filtered = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.filtering(w -> w.startsWith("e") || w.startsWith("h"), Collectors.toList())));
        System.out.println("groupingBy filtering keeps empty groups: " + filtered);
        Map<Integer, List<Character>> flat = Stream.of("ab", "cd", "efg").collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.flatMapping(s -> s.chars().mapToObj(c -> (char) c), Collectors.toList())));
        System.out.println("groupingBy flatMapping: " + flat);
        try {
            Stream.of("a", "b").collect(Collectors.groupingBy(s -> s.equals("b") ? null : s));
        } catch (NullPointerException e) {
            System.out.println("groupingBy null key: " + e.getMessage());
        }

        Map<Boolean, List<Integer>> parts = IntStream.rangeClosed(1, 10).boxed().collect(Collectors.partitioningBy(i -> i % 3 == 0));
        System.out.println("partitioningBy: " + parts);
        System.out.println("partition get(true): " + parts.get(true) + " get(false): " + parts.get(false));
        Map<Boolean, Long> pc = words.stream().collect(Collectors.partitioningBy(w -> w.length() > 3, Collectors.counting()));
        System.out.println("partitioningBy counting: " + pc);
        Map<Boolean, List<String>> allFalse = words.stream().collect(Collectors.partitioningBy(w -> w.length() > 100));
        System.out.println("partitioningBy all false: " + allFalse);
        Map<Boolean, String> pj = Stream.<String>empty().collect(Collectors.partitioningBy(w -> true, Collectors.joining(",")));
        System.out.println("partitioningBy empty stream: " + pj + " size " + pj.size());
        Map<Boolean, Map<Integer, Long>> pg = words.stream().collect(Collectors.partitioningBy(w -> w.compareTo("f") < 0,
            Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting())));
        System.out.println("partitioningBy groupingBy: " + pg);
        System.out.println("partition entrySet: " + parts.entrySet().iterator().next().getKey() + " first; keySet " + parts.keySet());
    }
}
