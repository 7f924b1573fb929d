// Edge cases of sequential streams, checked against HotSpot: iterators over
// pipelines are lazy; concat and flatMap pull lazily (inner streams are
// closed; nested flatMap under limit buffers like HotSpot); which pipelines
// count() without running (sized sources through map/sorted/limit/skip);
// builders; toArray of unsized pipelines; distinct with null; range edges;
// mapMulti variants; compensated double sums and summary statistics;
// Collector characteristics; partitioningBy map views; toMap merges;
// Optional API; iterate calls; slice interplay; consumed/closed errors;
// String.lines edge cases; late-binding sources.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamEdgeCases {
    static final List<String> log = new ArrayList<>();
    static void flush(String t) { System.out.println(t + ": " + String.join(" ", log)); log.clear(); }

    public static void main(String[] args) {
        // iterator over pipelines
        Iterator<Integer> it = Stream.of(1, 2, 3, 4).peek(i -> log.add("p" + i)).filter(i -> i % 2 == 0).iterator();
        log.add("created");
        while (it.hasNext()) log.add("got" + it.next());
        flush("iterator lazy");
        PrimitiveIterator.OfInt pit = IntStream.range(0, 5).map(i -> i * i).iterator();
        StringBuilder sb = new StringBuilder();
        while (pit.hasNext()) sb.append(pit.nextInt()).append(',');
        System.out.println("int iterator " + sb);
        Iterator<Integer> sit = Stream.of(3, 1, 2).sorted().iterator();
        System.out.println("sorted iterator " + sit.next() + sit.next() + sit.next() + sit.hasNext());
        try { sit.next(); } catch (NoSuchElementException e) { System.out.println("NSEE"); }
        // concat with ops, lazy
        Stream<Integer> c = Stream.concat(Stream.of(1, 2).peek(i -> log.add("a" + i)), Stream.of(3, 4).peek(i -> log.add("b" + i)));
        log.add("concat made");
        System.out.println("concat findFirst " + c.filter(i -> i > 2).findFirst());
        flush("concat lazy");
        System.out.println("concat count sized " + Stream.concat(Stream.of(1, 2).peek(i -> log.add("x")), Stream.of(3)).count());
        flush("concat count");
        System.out.println("concat count filtered " + Stream.concat(Stream.of(1, 2).filter(i -> true), Stream.of(3)).count());
        // flatMap close of inner streams
        List<Integer> fm = Stream.of(1, 2).flatMap(i -> Stream.of(i, i).onClose(() -> log.add("close" + i))).collect(Collectors.toList());
        flush("flatMap closes " + fm);
        Optional<Integer> ff = Stream.of(1, 2, 3).flatMap(i -> Stream.of(i * 10, i * 10 + 1).peek(j -> log.add("in" + j)).onClose(() -> log.add("c" + i))).filter(j -> j > 15).findFirst();
        flush("flatMap findFirst " + ff);
        System.out.println("flatMap null " + Stream.of(1, 2).flatMap(i -> i == 1 ? null : Stream.of(i)).collect(Collectors.toList()));
        // nested flatMap push order
        Stream.of(1, 2).flatMap(i -> Stream.of(i).flatMap(j -> Stream.of(j, -j).peek(k -> log.add("pk" + k)))).forEach(k -> log.add("out" + k));
        flush("nested flatMap");
        Stream.of(1, 2).flatMap(i -> Stream.of(i).flatMap(j -> Stream.of(j, -j).peek(k -> log.add("pk" + k)))).limit(3).forEach(k -> log.add("out" + k));
        flush("nested flatMap limit");
        // sorted + findFirst, sorted then peek then anyMatch
        System.out.println("sorted findFirst " + Stream.of(5, 3, 9).peek(i -> log.add("pre" + i)).sorted().peek(i -> log.add("post" + i)).findFirst());
        flush("sorted findFirst");
        // count sizedness
        System.out.println(Stream.of(1, 2, 3).map(i -> { log.add("m" + i); return i; }).count()); flush("count map");
        System.out.println(Stream.of(1, 2, 3).sorted().peek(i -> log.add("s" + i)).count()); flush("count sorted");
        System.out.println(Stream.of(1, 2, 3).peek(i -> log.add("l" + i)).limit(2).count()); flush("count limit");
        System.out.println(Stream.of(1, 2, 3).peek(i -> log.add("k" + i)).skip(1).count()); flush("count skip");
        System.out.println(Stream.of(1, 2, 3).peek(i -> log.add("d" + i)).distinct().count()); flush("count distinct");
        System.out.println(new ArrayList<>(List.of(1, 2)).stream().peek(i -> log.add("al" + i)).count()); flush("count ArrayList");
        System.out.println(IntStream.range(0, 4).peek(i -> log.add("r" + i)).boxed().count()); flush("count range boxed");
        System.out.println(IntStream.iterate(0, i -> i < 3, i -> i + 1).peek(i -> log.add("it" + i)).count()); flush("count iterate");
        System.out.println("abc".chars().peek(i -> log.add("ch" + i)).count()); flush("count chars");
        System.out.println("a\uD83D\uDE00".codePoints().peek(i -> log.add("cp" + i)).count()); flush("count codePoints");
        System.out.println(Stream.of(1, 2).unordered().peek(i -> log.add("u" + i)).count()); flush("count unordered");
        // builder
        Stream.Builder<String> b = Stream.builder();
        b.add("x").add("y"); b.accept("z");
        Stream<String> built = b.build();
        try { b.add("w"); } catch (IllegalStateException e) { System.out.println("builder after build ISE " + e.getMessage()); }
        System.out.println("builder " + built.collect(Collectors.toList()));
        System.out.println("IntStream.builder " + Arrays.toString(IntStream.builder().add(3).add(4).build().toArray()));
        // toArray unsized
        String[] arr = Stream.of("a", "bb", "ccc").filter(s -> s.length() > 1).toArray(String[]::new);
        System.out.println("toArray unsized " + arr.getClass().getSimpleName() + Arrays.toString(arr));
        System.out.println("int toArray unsized " + Arrays.toString(IntStream.range(0, 40).filter(i -> i % 3 == 0).toArray()));
        // distinct with null, sorted with nulls comparator
        System.out.println("distinct null " + Stream.of("a", null, "a", null, "b").distinct().collect(Collectors.toList()));
        // ranges
        System.out.println("rangeClosed max " + IntStream.rangeClosed(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).boxed().collect(Collectors.toList()));
        System.out.println("range min " + IntStream.range(Integer.MIN_VALUE, Integer.MIN_VALUE + 2).count());
        System.out.println("long rangeClosed max " + LongStream.rangeClosed(Long.MAX_VALUE - 1, Long.MAX_VALUE).boxed().collect(Collectors.toList()));
        System.out.println("long range count " + LongStream.range(-5, 5).count() + " " + LongStream.rangeClosed(5, 5).count() + " " + LongStream.range(5, 5).count());
        // mapMulti variants
        System.out.println("mapMultiToInt " + Arrays.toString(Stream.of("ab", "c").mapMultiToInt((s, ic) -> { for (char ch : s.toCharArray()) ic.accept(ch); }).toArray()));
        System.out.println("IntStream.mapMulti " + Arrays.toString(IntStream.of(1, 2).mapMulti((v, ic) -> { ic.accept(v); ic.accept(v * 100); }).toArray()));
        // Long/Double specifics
        System.out.println("LongStream stats " + LongStream.of(4, 9).summaryStatistics() + " " + LongStream.of(4, 9).mapToInt(l -> (int) l * 2).sum());
        System.out.println("Double sorted distinct " + Arrays.toString(DoubleStream.of(2, 1, 2, 3).distinct().sorted().toArray()));
        System.out.println("Double sum inf " + DoubleStream.of(Double.POSITIVE_INFINITY, 1).sum() + " " + DoubleStream.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY).sum() + " " + DoubleStream.of(Double.MAX_VALUE, Double.MAX_VALUE).sum());
        System.out.println("Double average inf " + DoubleStream.of(Double.POSITIVE_INFINITY, 1).average());
        System.out.println("Double mapToObj " + DoubleStream.of(1.5).mapToObj(d -> "d" + d).findFirst().get() + " " + DoubleStream.of(2.5, 3.5).mapToLong(d -> (long) d).sum());
        DoubleSummaryStatistics dss = DoubleStream.of(1e16, 1, 1, -1e16).summaryStatistics();
        System.out.println("dss " + dss.getSum() + " " + dss);
        DoubleSummaryStatistics d2 = DoubleStream.of(0.1, 0.2).summaryStatistics(); d2.combine(DoubleStream.of(0.3, 1e-17).summaryStatistics());
        System.out.println("dss combine " + d2.getSum() + " " + d2.getAverage());
        System.out.println("collectors avg double " + Stream.of(0.1, 0.2, 0.3).collect(Collectors.averagingDouble(d -> d)) + " " + Stream.of(0.1, 0.2, 0.3).collect(Collectors.summingDouble(d -> d)));
        // Collector.of and characteristics
        Collector<String, StringBuilder, String> cc = Collector.of(StringBuilder::new, StringBuilder::append, StringBuilder::append, StringBuilder::toString);
        System.out.println("Collector.of " + Stream.of("q", "r").collect(cc) + " " + cc.characteristics());
        System.out.println("toList chars " + Collectors.toList().characteristics() + " toSet " + Collectors.toSet().characteristics() + " joining " + Collectors.joining().characteristics());
        System.out.println("groupingBy chars " + Collectors.groupingBy(x -> x).characteristics() + " " + Collectors.groupingBy(x -> x, Collectors.counting()).characteristics());
        Collector<Object, ?, List<Object>> ci = Collector.of(ArrayList::new, List::add, (l, r) -> l, Collector.Characteristics.UNORDERED);
        System.out.println("Collector.of id " + ci.characteristics());
        // partitioning map ops
        Map<Boolean, List<Integer>> p = Stream.of(1, 2, 3).collect(Collectors.partitioningBy(i -> i > 1));
        System.out.println("partition " + p + " " + p.size() + " " + p.containsKey(true) + " " + p.get("x") + " " + p.values() + " " + p.equals(new HashMap<>(p)) + " " + p.hashCode());
        try { p.put(true, null); } catch (UnsupportedOperationException e) { System.out.println("partition put UOE"); }
        // toMap 3-arg to HashMap iteration
        System.out.println("toMap merge hashmap " + Stream.of("a", "bb", "cc", "d").collect(Collectors.toMap(String::length, s -> s, (x, y) -> x + y)));
        System.out.println("toMap null merge result removes " + Stream.of("a", "a", "b").collect(Collectors.toMap(s -> s, s -> 1, (x, y) -> null)));
        // groupingBy HashMap of strings
        System.out.println("groupingBy strings " + Stream.of("apple", "avocado", "banana", "blueberry", "cherry").collect(Collectors.groupingBy(s -> s.substring(0, 1))));
        System.out.println("toSet strings " + Stream.of("one", "two", "three", "four", "five").collect(Collectors.toSet()));
        // reduce 3 arg, collect 3-arg Int
        System.out.println("reduce3 " + Stream.of(1, 2, 3).reduce(10, (a, x) -> a + x, Integer::sum));
        // Optional API
        Optional<String> o = Optional.of("v");
        System.out.println(o.filter(s -> s.isEmpty()) + " " + o.flatMap(s -> Optional.of(s + s)) + " " + Optional.empty().or(() -> Optional.of("alt")) + " " + o.stream().count() + " " + o.equals(Optional.of("v")) + " " + o.hashCode() + " " + Optional.ofNullable(null).isEmpty());
        System.out.println(OptionalInt.of(3).equals(OptionalInt.of(3)) + " " + OptionalDouble.of(0.0).equals(OptionalDouble.of(-0.0)) + " " + OptionalLong.empty().equals(OptionalLong.empty()) + " " + OptionalDouble.of(2.5).hashCode() + " " + OptionalInt.of(7).stream().sum());
        try { Optional.empty().orElseThrow(); } catch (NoSuchElementException e) { System.out.println("orElseThrow: " + e.getMessage()); }
        try { Optional.empty().orElseThrow(() -> new IllegalArgumentException("custom")); } catch (IllegalArgumentException e) { System.out.println("orElseThrow(s): " + e.getMessage()); }
        // Stream.iterate 3-arg with peek and limit
        System.out.println("iterate3 limit " + Stream.iterate(1, x -> { log.add("has" + x); return x < 100; }, x -> { log.add("nx" + x); return x * 3; }).limit(3).collect(Collectors.toList()));
        flush("iterate3 limit calls");
        System.out.println("iterate3 all " + Stream.iterate(1, x -> { log.add("has" + x); return x < 10; }, x -> { log.add("nx" + x); return x * 3; }).collect(Collectors.toList()));
        flush("iterate3 all calls");
        // skip/limit interplay on infinite stream
        System.out.println("skip limit infinite " + Stream.iterate(0, i -> i + 1).skip(3).limit(3).collect(Collectors.toList()));
        System.out.println("limit skip " + IntStream.range(0, 10).limit(5).skip(2).boxed().collect(Collectors.toList()));
        // takeWhile after sorted
        System.out.println("sorted takeWhile " + Stream.of(5, 1, 4, 2, 3).sorted().takeWhile(i -> i < 4).collect(Collectors.toList()));
        // allMatch on sorted w/ cancel
        System.out.println("anyMatch after sorted " + Stream.of(3, 1, 2).sorted().peek(i -> log.add("s" + i)).anyMatch(i -> i == 2));
        flush("anyMatch after sorted");
        // exceptions: toArray wrong generator unsized
        try { Stream.of("s", "t").filter(x -> true).toArray(Integer[]::new); } catch (ArrayStoreException e) { System.out.println("ASE unsized"); }
        // Arrays.stream range errors
        try { Arrays.stream(new int[3], 2, 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.stream(new int[3], -1, 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.stream(new String[3], 0, 4); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        // parallel flag
        Stream<Integer> ps = Stream.of(1, 2).parallel();
        System.out.println("isParallel " + ps.isParallel() + " " + ps.sequential().isParallel() + " " + List.of(1).parallelStream().isParallel());
        // iterator on consumed stream
        Stream<Integer> used = Stream.of(1);
        used.forEach(x -> {});
        try { used.iterator(); } catch (IllegalStateException e) { System.out.println("iterator after use: " + e.getMessage()); }
        try { used.onClose(() -> {}); } catch (IllegalStateException e) { System.out.println("onClose after use: " + e.getMessage()); }
        // close on source stage then terminal on later stage
        Stream<Integer> src = Stream.of(1, 2);
        Stream<Integer> mapped = src.map(x -> x);
        src.close();
        try { mapped.count(); } catch (IllegalStateException e) { System.out.println("closed source: " + e.getMessage()); }
        // min/max null
        try { Stream.of((String) null, "a").min(Comparator.nullsFirst(Comparator.naturalOrder())); } catch (NullPointerException e) { System.out.println("min null NPE"); }
        // lines edge cases
        System.out.println("lines " + "".lines().count() + " " + "\n".lines().count() + " " + "a\n\nb\n".lines().collect(Collectors.toList()) + " " + "x\r".lines().count() + " " + "\r\n\r\n".lines().count());
        // chars on StringBuilder late-binding
        StringBuilder lb = new StringBuilder("ab");
        IntStream lbs = lb.chars();
        lb.append("cd");
        System.out.println("late binding chars " + lbs.count());
        // collection late-binding
        List<Integer> late = new ArrayList<>(List.of(1));
        Stream<Integer> ls = late.stream();
        late.add(2);
        System.out.println("late binding list " + ls.collect(Collectors.toList()));
        // summaryStatistics constructors
        System.out.println(new IntSummaryStatistics(2, 1, 5, 6) + " " + new LongSummaryStatistics(0, 9, 1, 3));
        try { new IntSummaryStatistics(-1, 0, 0, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { new IntSummaryStatistics(1, 5, 0, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { new DoubleSummaryStatistics(1, Double.NaN, 0, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        // joining with nulls
        System.out.println("joining null " + Stream.of("a", null).collect(Collectors.joining(",")));
        // generate + limit count
        System.out.println("generate count " + Stream.generate(() -> 1).limit(5).count());
        // IntStream.concat with sorted
        System.out.println("int concat sorted " + Arrays.toString(IntStream.concat(IntStream.of(3, 1).sorted(), IntStream.of(0)).toArray()));
        System.out.println("flatMapToLong " + Arrays.toString(Stream.of(1, 2).flatMapToLong(i -> LongStream.of(i, i * 10L)).toArray()));
        System.out.println("flatMapToDouble " + Arrays.toString(Stream.of(1, 2).flatMapToDouble(i -> DoubleStream.of(i / 2.0)).toArray()));
        System.out.println("ofNullable " + Stream.ofNullable("z").count());
        System.out.println("boxed sorted Long " + LongStream.of(3, 1).boxed().sorted(Comparator.reverseOrder()).collect(Collectors.toList()));
        System.out.println("teeing chars " + Collectors.teeing(Collectors.toList(), Collectors.toSet(), (a, bb) -> a).characteristics());
    }
}
