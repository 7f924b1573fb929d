// Checks intermediate operations: map, mapToInt/Long/Double, mapToObj, filter,
// flatMap, flatMapToInt, mapMulti, distinct (keeps first occurrence), sorted
// (natural, comparator, stable), limit, skip, takeWhile, dropWhile, boxed,
// asLongStream/asDoubleStream, and chains of them.
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class StreamIntermediate {
    static final class Item {
        final String name;
        final int rank;
        Item(String name, int rank) { this.name = name; this.rank = rank; }
        @Override public String toString() { return name + ":" + rank; }
    }

    public static void main(String[] args) {
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha", "delta", "fox");
        System.out.println("map length: " + words.stream().map(String::length).collect(Collectors.toList()));
        System.out.println("map chain: " + words.stream().map(String::toUpperCase).map(w -> w.charAt(0)).collect(Collectors.toList()));
        System.out.println("mapToInt sum: " + words.stream().mapToInt(String::length).sum());
        System.out.println("mapToLong: " + Arrays.toString(words.stream().limit(3).mapToLong(w -> w.length() * 1000000000L).toArray()));
        System.out.println("mapToDouble: " + Arrays.toString(words.stream().limit(3).mapToDouble(w -> w.length() / 4.0).toArray()));
        System.out.println("mapToObj: " + IntStream.range(0, 4).mapToObj(i -> "#" + i).collect(Collectors.toList()));
        System.out.println("IntStream.map: " + Arrays.toString(IntStream.rangeClosed(1, 5).map(i -> i * i).toArray()));
        System.out.println("IntStream.mapToLong: " + Arrays.toString(IntStream.of(1, 2).mapToLong(i -> i + 5000000000L).toArray()));
        System.out.println("IntStream.mapToDouble: " + Arrays.toString(IntStream.of(1, 2, 3).mapToDouble(i -> i / 2.0).toArray()));
        System.out.println("filter: " + words.stream().filter(w -> w.length() == 5).collect(Collectors.toList()));
        System.out.println("filter none: " + words.stream().filter(w -> w.isEmpty()).collect(Collectors.toList()));
        System.out.println("filter+map: " + words.stream().filter(w -> w.contains("a")).map(w -> w.replace('a', '_')).collect(Collectors.toList()));
        System.out.println("distinct: " + words.stream().distinct().collect(Collectors.toList()));
        System.out.println("IntStream distinct: " + Arrays.toString(IntStream.of(3, 1, 3, 2, 1, 3).distinct().toArray()));
        System.out.println("sorted natural: " + words.stream().sorted().collect(Collectors.toList()));
        System.out.println("sorted reverse: " + words.stream().sorted(Comparator.reverseOrder()).collect(Collectors.toList()));
        System.out.println("sorted by length: " + words.stream().sorted(Comparator.comparing(String::length)).collect(Collectors.toList()));
        System.out.println("sorted by length then natural: " + words.stream().distinct().sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).collect(Collectors.toList()));
        System.out.println("IntStream sorted: " + Arrays.toString(IntStream.of(5, -1, 3, 0, -7).sorted().toArray()));

        List<Item> items = List.of(new Item("a", 2), new Item("b", 1), new Item("c", 2), new Item("d", 1), new Item("e", 3), new Item("f", 2));
        System.out.println("stable sort by rank: " + items.stream().sorted(Comparator.comparingInt(i -> i.rank)).collect(Collectors.toList()));
        System.out.println("stable sort reversed rank: " + items.stream().sorted(Comparator.comparingInt((Item i) -> i.rank).reversed()).collect(Collectors.toList()));

        System.out.println("limit 3: " + words.stream().limit(3).collect(Collectors.toList()));
        System.out.println("limit 0: " + words.stream().limit(0).collect(Collectors.toList()));
        System.out.println("limit 100: " + words.stream().limit(100).count());
        System.out.println("skip 5: " + words.stream().skip(5).collect(Collectors.toList()));
        System.out.println("skip 100: " + words.stream().skip(100).count());
        System.out.println("skip+limit page: " + IntStream.range(0, 20).skip(6).limit(3).boxed().collect(Collectors.toList()));
        try {
            words.stream().limit(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("limit(-1): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            words.stream().skip(-2);
        } catch (IllegalArgumentException e) {
            System.out.println("skip(-2): " + e.getClass().getName() + ": " + e.getMessage());
        }

        List<Integer> nums = List.of(1, 3, 5, 6, 7, 9, 2);
        System.out.println("takeWhile odd: " + nums.stream().takeWhile(n -> n % 2 == 1).collect(Collectors.toList()));
        System.out.println("dropWhile odd: " + nums.stream().dropWhile(n -> n % 2 == 1).collect(Collectors.toList()));
        System.out.println("takeWhile all: " + nums.stream().takeWhile(n -> n < 100).count());
        System.out.println("dropWhile all: " + nums.stream().dropWhile(n -> n < 100).count());
        System.out.println("takeWhile infinite: " + Stream.iterate(1, n -> n + 1).takeWhile(n -> n * n < 50).collect(Collectors.toList()));
        System.out.println("IntStream takeWhile: " + Arrays.toString(IntStream.iterate(1, i -> i + 2).takeWhile(i -> i < 10).toArray()));
        System.out.println("IntStream dropWhile: " + Arrays.toString(IntStream.range(0, 10).dropWhile(i -> i < 7).toArray()));

        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3), List.of(4, 5, 6));
        System.out.println("flatMap: " + nested.stream().flatMap(List::stream).collect(Collectors.toList()));
        System.out.println("flatMap split: " + Stream.of("a b", "c", "d e f").flatMap(s -> Arrays.stream(s.split(" "))).collect(Collectors.toList()));
        System.out.println("flatMap pairs: " + Stream.of(1, 2, 3).flatMap(i -> Stream.of(i, -i)).collect(Collectors.toList()));
        System.out.println("flatMapToInt: " + Arrays.toString(Stream.of("ab", "c").flatMapToInt(String::chars).toArray()));
        System.out.println("IntStream.flatMap: " + Arrays.toString(IntStream.rangeClosed(1, 3).flatMap(i -> IntStream.range(0, i)).toArray()));
        System.out.println("flatMap then limit: " + Stream.of(10, 20, 30).flatMap(i -> Stream.of(i, i + 1, i + 2)).limit(4).collect(Collectors.toList()));
        System.out.println("mapMulti: " + Stream.of(1, 2, 3).<String>mapMulti((n, sink) -> {
            for (int k = 0; k < n; k++) sink.accept(n + "" + (char) ('a' + k));
        }).collect(Collectors.toList()));

        System.out.println("boxed: " + IntStream.range(3, 6).boxed().collect(Collectors.toList()));
        System.out.println("asLongStream: " + Arrays.toString(IntStream.of(Integer.MAX_VALUE, 1).asLongStream().map(l -> l + 1).toArray()));
        System.out.println("asDoubleStream: " + Arrays.toString(IntStream.of(1, 2).asDoubleStream().map(d -> d / 3).toArray()));
        System.out.println("LongStream asDoubleStream: " + Arrays.toString(java.util.stream.LongStream.of(1L << 53, 3).asDoubleStream().toArray()));
        System.out.println("DoubleStream mapToInt: " + Arrays.toString(java.util.stream.DoubleStream.of(1.9, -1.9, 1e20).mapToInt(d -> (int) d).toArray()));
        System.out.println("mapToObj chars: " + "stream".chars().mapToObj(c -> (char) c).map(Character::toUpperCase).collect(Collectors.toList()));
        System.out.println("long chain: " + IntStream.rangeClosed(1, 30).filter(i -> i % 3 != 0).map(i -> i * 2).skip(2).limit(8).sorted().boxed().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
