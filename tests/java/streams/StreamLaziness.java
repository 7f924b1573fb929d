// Checks laziness and the element-at-a-time evaluation order of sequential
// streams: peek/map/filter interleave per element with forEach; nothing runs
// without a terminal operation; sorted is a barrier; limit, findFirst,
// anyMatch/allMatch/noneMatch short-circuit (peek shows how many elements
// were consumed); flatMap and iterate/generate are pulled lazily.
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class StreamLaziness {
    static final List<String> log = new ArrayList<>();

    static void flush(String title) {
        System.out.println(title + ": " + String.join(" ", log));
        log.clear();
    }

    public static void main(String[] args) {
        Stream<String> pending = Stream.of("a", "b", "c").peek(s -> log.add("peek:" + s)).map(s -> { log.add("map:" + s); return s.toUpperCase(); });
        flush("before terminal");
        pending.forEach(s -> log.add("each:" + s));
        flush("after forEach");

        Stream.of(1, 2, 3, 4, 5)
            .peek(i -> log.add("p1:" + i))
            .filter(i -> i % 2 == 1)
            .peek(i -> log.add("p2:" + i))
            .map(i -> i * 10)
            .forEach(i -> log.add("out:" + i));
        flush("filter interleave");

        Stream.of(3, 1, 2)
            .peek(i -> log.add("pre:" + i))
            .sorted()
            .peek(i -> log.add("post:" + i))
            .forEach(i -> log.add("each:" + i));
        flush("sorted barrier");

        Stream.of(3, 1, 2, 5, 4)
            .peek(i -> log.add("pre:" + i))
            .sorted()
            .limit(2)
            .forEach(i -> log.add("each:" + i));
        flush("sorted then limit");

        List<Integer> limited = Stream.of(1, 2, 3, 4, 5, 6).peek(i -> log.add("peek:" + i)).limit(3).collect(Collectors.toList());
        flush("limit 3 " + limited);

        Stream.of(1, 2, 3, 4).peek(i -> log.add("peek:" + i)).skip(2).forEach(i -> log.add("each:" + i));
        flush("skip 2");

        Optional<Integer> first = Stream.of(5, 8, 11, 14).peek(i -> log.add("peek:" + i)).filter(i -> i > 6).findFirst();
        flush("findFirst " + first);
        Optional<Integer> any = Stream.of(5, 8, 11, 14).peek(i -> log.add("peek:" + i)).filter(i -> i % 2 == 0).findAny();
        flush("findAny " + any);

        boolean am = Stream.of(1, 2, 3, 4, 5).peek(i -> log.add("peek:" + i)).anyMatch(i -> i == 3);
        flush("anyMatch ==3 " + am);
        boolean amNone = Stream.of(1, 2, 3).peek(i -> log.add("peek:" + i)).anyMatch(i -> i > 10);
        flush("anyMatch >10 " + amNone);
        boolean all = Stream.of(2, 4, 5, 6).peek(i -> log.add("peek:" + i)).allMatch(i -> i % 2 == 0);
        flush("allMatch even " + all);
        boolean allTrue = Stream.of(2, 4, 6).peek(i -> log.add("peek:" + i)).allMatch(i -> i % 2 == 0);
        flush("allMatch even (all) " + allTrue);
        boolean none = Stream.of(1, 3, 4, 5).peek(i -> log.add("peek:" + i)).noneMatch(i -> i % 2 == 0);
        flush("noneMatch even " + none);
        System.out.println("empty anyMatch " + Stream.empty().anyMatch(x -> true) + " allMatch " + Stream.empty().allMatch(x -> false) + " noneMatch " + Stream.empty().noneMatch(x -> true));

        boolean im = IntStream.range(0, 100).peek(i -> log.add("p" + i)).anyMatch(i -> i * i > 10);
        flush("IntStream anyMatch " + im);

        List<Integer> fm = Stream.of(1, 2, 3)
            .peek(i -> log.add("outer:" + i))
            .flatMap(i -> Stream.of(i * 10, i * 10 + 1).peek(j -> log.add("inner:" + j)))
            .limit(3)
            .collect(Collectors.toList());
        flush("flatMap limit " + fm);

        int[] calls = {0};
        List<Integer> it = Stream.iterate(1, x -> { calls[0]++; return x + 1; }).limit(5).collect(Collectors.toList());
        System.out.println("iterate limit 5 " + it + " unary calls " + calls[0]);
        calls[0] = 0;
        Optional<Integer> gen = Stream.generate(() -> ++calls[0]).filter(x -> x % 4 == 0).findFirst();
        System.out.println("generate findFirst " + gen + " supplier calls " + calls[0]);

        List<String> tw = Stream.of("x", "y", "stop", "z").peek(s -> log.add("peek:" + s)).takeWhile(s -> !s.equals("stop")).collect(Collectors.toList());
        flush("takeWhile " + tw);
        List<String> dw = Stream.of("x", "stop", "y").peek(s -> log.add("peek:" + s)).dropWhile(s -> !s.equals("stop")).collect(Collectors.toList());
        flush("dropWhile " + dw);

        List<Integer> distinct = Stream.of(1, 1, 2, 1, 3).peek(i -> log.add("pre:" + i)).distinct().peek(i -> log.add("post:" + i)).collect(Collectors.toList());
        flush("distinct " + distinct);

        long count = Stream.of(1, 2, 3).peek(i -> log.add("peek:" + i)).count();
        flush("count sized " + count);
        long count2 = Stream.of(1, 2, 3).filter(i -> i > 1).peek(i -> log.add("peek:" + i)).count();
        flush("count filtered " + count2);

        Stream.of("q", "r").forEachOrdered(s -> log.add("ordered:" + s));
        flush("forEachOrdered");

        Stream.of(1, 2, 3).map(i -> { log.add("m" + i); return i; }).reduce((a, b) -> { log.add("r" + a + "+" + b); return a + b; });
        flush("reduce order");
    }
}
