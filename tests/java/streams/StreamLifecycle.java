// Checks stream lifecycle rules: reusing a consumed stream (or linking a
// second operation onto an already-linked stage) throws IllegalStateException
// "stream has already been operated upon or closed"; onClose handlers run in
// registration order on close() (only once), with try-with-resources, and
// exceptions from handlers are chained as suppressed; terminal ops do not
// close; exceptions thrown inside lambdas propagate unchanged.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class StreamLifecycle {
    public static void main(String[] args) {
        Stream<String> s = Stream.of("a", "b");
        System.out.println("first use: " + s.count());
        try {
            s.count();
        } catch (IllegalStateException e) {
            System.out.println("reuse: " + e.getClass().getName() + ": " + e.getMessage());
        }
        Stream<Integer> base = Stream.of(1, 2, 3);
        Stream<Integer> mapped = base.map(x -> x + 1);
        try {
            base.filter(x -> x > 1);
        } catch (IllegalStateException e) {
            System.out.println("second link: " + e.getMessage());
        }
        System.out.println("mapped still works: " + mapped.collect(Collectors.toList()));
        try {
            mapped.forEach(x -> {});
        } catch (IllegalStateException e) {
            System.out.println("after collect: " + e.getMessage());
        }
        IntStream is = IntStream.range(0, 3);
        is.sum();
        try {
            is.boxed();
        } catch (IllegalStateException e) {
            System.out.println("IntStream reuse: " + e.getMessage());
        }
        Stream<String> it = Stream.of("x");
        Iterator<String> iter = it.iterator();
        try {
            it.iterator();
        } catch (IllegalStateException e) {
            System.out.println("iterator twice: " + e.getMessage() + " (first still has " + iter.next() + ")");
        }

        List<String> log = new ArrayList<>();
        Stream<String> closing = Stream.of("p", "q")
            .onClose(() -> log.add("close1"))
            .map(String::toUpperCase)
            .onClose(() -> log.add("close2"));
        log.add("count=" + closing.count());
        System.out.println("after terminal (not closed): " + log);
        closing.close();
        System.out.println("after close: " + log);
        closing.close();
        System.out.println("after second close: " + log);
        log.clear();

        try (Stream<Integer> tw = Stream.of(5, 6).onClose(() -> log.add("twr-close"))) {
            log.add("sum=" + tw.mapToInt(Integer::intValue).sum());
        }
        System.out.println("try-with-resources: " + log);
        log.clear();

        Stream<String> unused = Stream.of("z").onClose(() -> log.add("unused-close"));
        unused.close();
        System.out.println("close without terminal: " + log);
        try {
            unused.count();
        } catch (IllegalStateException e) {
            System.out.println("use after close: " + e.getMessage());
        }
        log.clear();

        Stream<String> bad = Stream.of("k")
            .onClose(() -> { log.add("h1"); throw new IllegalArgumentException("first handler"); })
            .onClose(() -> { log.add("h2"); throw new IllegalStateException("second handler"); })
            .onClose(() -> log.add("h3"));
        try {
            bad.close();
        } catch (RuntimeException e) {
            System.out.println("close threw: " + e + " suppressed " + e.getSuppressed().length + ": " + e.getSuppressed()[0]);
        }
        System.out.println("all handlers ran: " + log);
        log.clear();

        Stream<Integer> cat = Stream.concat(Stream.of(1).onClose(() -> log.add("left")), Stream.of(2).onClose(() -> log.add("right")));
        cat.onClose(() -> log.add("outer")).close();
        System.out.println("concat close order: " + log);

        try {
            Stream.of("1", "two", "3").map(Integer::parseInt).forEach(x -> {});
        } catch (NumberFormatException e) {
            System.out.println("lambda exception: " + e.getMessage());
        }
        try {
            Stream.of(1, 0).map(x -> 10 / x).collect(Collectors.toList());
        } catch (ArithmeticException e) {
            System.out.println("arith in map: " + e.getMessage());
        }
        try {
            Stream.of("a").map(x -> (String) null).map(String::length).findFirst();
        } catch (NullPointerException e) {
            System.out.println("NPE in method ref: caught");
        }
        try {
            Stream.of((Object) null).toList().get(0).toString();
        } catch (NullPointerException e) {
            System.out.println("NPE on null element: caught");
        }
        try {
            Stream.of(1, 2).onClose(null);
        } catch (NullPointerException e) {
            System.out.println("onClose(null): NullPointerException");
        }
    }
}
