// Checks Spliterator/Spliterators/StreamSupport: streams over an Iterable's
// default spliterator, collection/array/iterator spliterators (sizes,
// characteristics, array halving), iterators over spliterators,
// AbstractSpliterator, and BaseStream.spliterator() over pipelines (lazy,
// sized or not, usable once).
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class SpliteratorSupport {
    static final class Range implements Iterable<Integer> {
        final int from, to;
        Range(int from, int to) { this.from = from; this.to = to; }
        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;
                public boolean hasNext() { return next < to; }
                public Integer next() { return next++; }
            };
        }
    }
    public static void main(String[] args) {
        System.out.println("iterable stream sum " + StreamSupport.stream(new Range(0, 100).spliterator(), false).mapToInt(Integer::intValue).sum());
        List<Integer> list = new ArrayList<>(List.of(5, 6, 7));
        Spliterator<Integer> ls = Spliterators.spliterator(list, Spliterator.ORDERED);
        System.out.println("coll spl " + ls.estimateSize() + " " + ls.characteristics() + " " + ls.hasCharacteristics(Spliterator.SIZED));
        StringBuilder sb = new StringBuilder();
        ls.tryAdvance(sb::append); ls.forEachRemaining(x -> sb.append(',').append(x));
        System.out.println("coll spl traverse " + sb);
        Spliterator<String> as = Spliterators.spliterator(new Object[] {"a", "b", "c", "d", "e"}, Spliterator.ORDERED);
        Spliterator<String> pre = as.trySplit();
        StringBuilder sb2 = new StringBuilder();
        pre.forEachRemaining(sb2::append); sb2.append('|'); as.forEachRemaining(sb2::append);
        System.out.println("array split " + sb2 + " " + as.estimateSize() + " " + as.characteristics());
        try { as.getComparator(); } catch (IllegalStateException e) { System.out.println("getComparator ISE"); }
        Spliterator.OfInt is = Spliterators.spliterator(new int[] {1, 2, 3, 4}, 1, 3, 0);
        is.forEachRemaining((IntConsumer) i -> System.out.print(i + " ")); System.out.println();
        Iterator<Integer> it = Spliterators.iterator(Spliterators.spliterator(List.of(9, 8), 0));
        while (it.hasNext()) System.out.print(it.next()); System.out.println();
        PrimitiveIterator.OfInt pit = Spliterators.iterator(Spliterators.spliterator(new int[] {4, 5}, 0));
        System.out.println(pit.nextInt() + pit.nextInt() + " " + pit.hasNext());
        System.out.println("intStream " + StreamSupport.intStream(Spliterators.spliterator(new int[] {1, 2, 3}, 0), false).map(x -> x * 2).sum());
        System.out.println("supplier stream " + StreamSupport.stream(() -> Spliterators.spliterator(list, 0), Spliterator.SIZED, false).peek(x -> System.out.print("!")).count());
        // stream spliterator
        Spliterator<Integer> ss = Stream.of(1, 2, 3).map(x -> x * 10).spliterator();
        System.out.println("stream spl " + ss.getExactSizeIfKnown() + " " + ss.hasCharacteristics(Spliterator.ORDERED));
        ss.tryAdvance(x -> System.out.print("first " + x)); ss.forEachRemaining(x -> System.out.print(" " + x)); System.out.println();
        Spliterator<Integer> fs = Stream.of(1, 2, 3, 4).filter(x -> x % 2 == 0).spliterator();
        System.out.println("filtered spl " + fs.getExactSizeIfKnown() + " " + fs.estimateSize());
        fs.forEachRemaining(x -> System.out.print(x + ";")); System.out.println();
        Spliterator.OfInt ispl = IntStream.range(0, 4).spliterator();
        System.out.println("range spl " + ispl.getExactSizeIfKnown());
        ispl.forEachRemaining((IntConsumer) x -> System.out.print(x)); System.out.println();
        Spliterator.OfInt ispl2 = IntStream.range(0, 4).map(x -> -x).spliterator();
        ispl2.tryAdvance((IntConsumer) x -> System.out.print("t" + x)); ispl2.forEachRemaining((Consumer<Integer>) x -> System.out.print("c" + x)); System.out.println();
        System.out.println("re-stream " + StreamSupport.stream(Stream.of("x", "y").map(String::toUpperCase).spliterator(), false).collect(Collectors.toList()));
        Stream<String> s = Stream.of("q");
        s.spliterator();
        try { s.spliterator(); } catch (IllegalStateException e) { System.out.println("spliterator twice: " + e.getMessage()); }
        System.out.println("coll default spl " + new ArrayList<>(List.of(1, 2)).spliterator().getExactSizeIfKnown());
        System.out.println("empty " + Spliterators.emptySpliterator().estimateSize() + " " + Spliterators.emptyIntSpliterator().tryAdvance((IntConsumer) x -> {}));
        Spliterator<String> unk = Spliterators.spliteratorUnknownSize(List.of("u").iterator(), Spliterator.ORDERED | Spliterator.SIZED);
        System.out.println("unknown " + unk.estimateSize() + " " + unk.characteristics());
        Spliterator<String> kn = Spliterators.spliterator(List.of("u").iterator(), 1, Spliterator.ORDERED);
        System.out.println("known " + kn.estimateSize() + " " + kn.characteristics());
        Spliterator<String> abs = new Spliterators.AbstractSpliterator<String>(2, Spliterator.SIZED) {
            int n = 0;
            public boolean tryAdvance(Consumer<? super String> a) { if (n < 2) { a.accept("s" + n++); return true; } return false; }
        };
        System.out.println("abstract " + abs.characteristics() + " " + StreamSupport.stream(abs, false).collect(Collectors.joining(",")));
    }
}
