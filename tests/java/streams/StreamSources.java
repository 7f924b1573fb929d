// Checks the ways of creating streams: Stream.of, iterate (2 and 3 argument
// forms), generate+limit, concat, empty, Collection.stream, Arrays.stream
// (whole array and a range), String.chars/codePoints, IntStream.range,
// rangeClosed, iterate, of, LongStream.range, DoubleStream.of, Stream.ofNullable.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

public class StreamSources {
    public static void main(String[] args) {
        System.out.println("of: " + Stream.of("a", "b", "c").collect(Collectors.toList()));
        System.out.println("of single: " + Stream.of(42).collect(Collectors.toList()));
        System.out.println("of no args count: " + Stream.of().count());
        System.out.println("iterate2 limit 6: " + Stream.iterate(1, x -> x * 3).limit(6).collect(Collectors.toList()));
        System.out.println("iterate3: " + Stream.iterate(1, x -> x < 100, x -> x * 2).collect(Collectors.toList()));
        System.out.println("iterate3 empty: " + Stream.iterate(10, x -> x < 5, x -> x + 1).count());
        System.out.println("iterate strings: " + Stream.iterate("a", s -> s.length() <= 4, s -> s + "b").collect(Collectors.toList()));
        int[] counter = {0};
        System.out.println("generate: " + Stream.generate(() -> "g" + (counter[0]++)).limit(4).collect(Collectors.toList()));
        System.out.println("generate calls: " + counter[0]);
        System.out.println("constant generate: " + Stream.generate(() -> 7).limit(3).collect(Collectors.toList()));
        System.out.println("concat: " + Stream.concat(Stream.of(1, 2), Stream.of(3, 4, 5)).collect(Collectors.toList()));
        System.out.println("concat empty: " + Stream.concat(Stream.empty(), Stream.of("x")).collect(Collectors.toList()));
        System.out.println("nested concat: " + Stream.concat(Stream.concat(Stream.of('a'), Stream.of('b')), Stream.of('c')).collect(Collectors.toList()));
        System.out.println("empty count: " + Stream.empty().count());
        System.out.println("empty findFirst: " + Stream.empty().findFirst());
        System.out.println("ofNullable(null): " + Stream.ofNullable(null).count());
        System.out.println("ofNullable(x): " + Stream.ofNullable("x").collect(Collectors.toList()));

        List<String> list = new ArrayList<>(Arrays.asList("one", "two", "three", "four"));
        System.out.println("ArrayList.stream: " + list.stream().map(String::toUpperCase).collect(Collectors.toList()));
        LinkedList<Integer> linked = new LinkedList<>(Arrays.asList(5, 6, 7));
        System.out.println("LinkedList.stream: " + linked.stream().map(x -> x * 10).collect(Collectors.toList()));
        TreeSet<String> tree = new TreeSet<>(Arrays.asList("pear", "apple", "fig"));
        System.out.println("TreeSet.stream: " + tree.stream().collect(Collectors.joining(",")));
        System.out.println("Arrays.asList.stream: " + Arrays.asList(3, 1, 2).stream().count());
        System.out.println("List.of.stream: " + List.of("p", "q").stream().collect(Collectors.joining("+")));

        String[] arr = {"w", "x", "y", "z"};
        System.out.println("Arrays.stream: " + Arrays.stream(arr).collect(Collectors.joining()));
        System.out.println("Arrays.stream range: " + Arrays.stream(arr, 1, 3).collect(Collectors.joining()));
        int[] ints = {4, 8, 15, 16, 23, 42};
        System.out.println("Arrays.stream int sum: " + Arrays.stream(ints).sum());
        System.out.println("Arrays.stream int range: " + Arrays.toString(Arrays.stream(ints, 2, 5).toArray()));
        long[] longs = {10000000000L, 1L};
        System.out.println("Arrays.stream long sum: " + Arrays.stream(longs).sum());
        double[] doubles = {0.5, 0.25};
        System.out.println("Arrays.stream double sum: " + Arrays.stream(doubles).sum());

        String s = "Hello, World";
        System.out.println("chars: " + Arrays.toString(s.chars().limit(5).toArray()));
        System.out.println("chars as chars: " + s.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("|")));
        System.out.println("chars count l: " + s.chars().filter(c -> c == 'l').count());
        String surrogate = "a\uD83D\uDE00b";
        System.out.println("chars length: " + surrogate.chars().count() + " codePoints: " + surrogate.codePoints().count());
        System.out.println("codePoints: " + Arrays.toString(surrogate.codePoints().toArray()));
        System.out.println("StringBuilder chars: " + new StringBuilder("xyz").chars().sum());

        System.out.println("range: " + Arrays.toString(IntStream.range(0, 5).toArray()));
        System.out.println("range empty: " + IntStream.range(5, 5).count() + " " + IntStream.range(5, 0).count());
        System.out.println("rangeClosed: " + Arrays.toString(IntStream.rangeClosed(-2, 2).toArray()));
        System.out.println("rangeClosed single: " + Arrays.toString(IntStream.rangeClosed(7, 7).toArray()));
        System.out.println("IntStream.iterate2: " + Arrays.toString(IntStream.iterate(1, i -> i * 2).limit(8).toArray()));
        System.out.println("IntStream.iterate3: " + Arrays.toString(IntStream.iterate(100, i -> i > 0, i -> i - 30).toArray()));
        System.out.println("IntStream.of: " + Arrays.toString(IntStream.of(9, 8, 7).toArray()));
        System.out.println("IntStream.of single: " + IntStream.of(5).sum());
        System.out.println("IntStream.empty: " + IntStream.empty().count());
        System.out.println("IntStream.generate: " + Arrays.toString(IntStream.generate(() -> 3).limit(3).toArray()));
        System.out.println("IntStream.concat: " + Arrays.toString(IntStream.concat(IntStream.of(1), IntStream.range(5, 8)).toArray()));
        System.out.println("LongStream.range: " + Arrays.toString(LongStream.range(2147483646L, 2147483649L).toArray()));
        System.out.println("LongStream.rangeClosed: " + LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b));
        System.out.println("LongStream.iterate: " + Arrays.toString(LongStream.iterate(1, x -> x * 1000).limit(5).toArray()));
        System.out.println("DoubleStream.of: " + Arrays.toString(DoubleStream.of(1.5, -0.0, 3).toArray()));
        System.out.println("DoubleStream.iterate: " + Arrays.toString(DoubleStream.iterate(1.0, d -> d / 2).limit(5).toArray()));
        System.out.println("Stream.of array: " + Stream.of(arr).count());
        System.out.println("String.lines: " + "l1\nl2\r\nl3\rl4".lines().collect(Collectors.toList()));
        System.out.println("split stream: " + Arrays.stream("a,b,,c".split(",")).collect(Collectors.toList()));
    }
}
