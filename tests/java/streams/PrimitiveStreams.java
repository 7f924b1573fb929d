// Checks IntStream/LongStream/DoubleStream terminal statistics: sum, average,
// min, max, count, summaryStatistics (and the exact toString of
// Int/Long/DoubleSummaryStatistics), empty averages/min/max (OptionalDouble.empty,
// OptionalInt.empty), getAsInt on empty (NoSuchElementException message),
// boxed().collect, asLongStream/asDoubleStream and overflow behaviour of sum.
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

public class PrimitiveStreams {
    public static void main(String[] args) {
        System.out.println("sum 1..5: " + IntStream.rangeClosed(1, 5).sum());
        System.out.println("average 1..5: " + IntStream.rangeClosed(1, 5).average());
        System.out.println("average 1..4: " + IntStream.rangeClosed(1, 4).average().getAsDouble());
        System.out.println("min: " + IntStream.of(4, -2, 9).min() + " max: " + IntStream.of(4, -2, 9).max());
        System.out.println("count: " + IntStream.range(0, 17).count());
        IntSummaryStatistics is = IntStream.rangeClosed(1, 5).summaryStatistics();
        System.out.println(is);
        System.out.println("getters: " + is.getCount() + " " + is.getSum() + " " + is.getMin() + " " + is.getMax() + " " + is.getAverage());
        System.out.println("odd average: " + IntStream.of(1, 2).summaryStatistics());
        System.out.println("third average: " + IntStream.of(1, 0, 0).summaryStatistics());
        IntSummaryStatistics empty = IntStream.empty().summaryStatistics();
        System.out.println("empty: " + empty);
        is.accept(100);
        System.out.println("after accept(100): " + is);
        IntSummaryStatistics other = IntStream.of(-50).summaryStatistics();
        is.combine(other);
        System.out.println("after combine: " + is);

        System.out.println("int sum overflow: " + IntStream.of(Integer.MAX_VALUE, 1).sum());
        System.out.println("stats sum no overflow: " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).summaryStatistics());
        System.out.println("average of big ints: " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).average());

        OptionalDouble emptyAvg = IntStream.empty().average();
        System.out.println("empty average: " + emptyAvg + " isPresent " + emptyAvg.isPresent() + " orElse " + emptyAvg.orElse(-1));
        OptionalInt emptyMin = IntStream.empty().min();
        System.out.println("empty min: " + emptyMin + " orElse " + emptyMin.orElse(42));
        System.out.println("empty sum: " + IntStream.empty().sum() + " " + LongStream.empty().sum() + " " + DoubleStream.empty().sum());
        try {
            emptyMin.getAsInt();
        } catch (NoSuchElementException e) {
            System.out.println("getAsInt on empty: " + e.getMessage());
        }
        try {
            emptyAvg.getAsDouble();
        } catch (NoSuchElementException e) {
            System.out.println("getAsDouble on empty: " + e.getMessage());
        }

        System.out.println("long sum: " + LongStream.rangeClosed(1, 100000).sum());
        System.out.println("long average: " + LongStream.of(10, 20, 25).average());
        System.out.println("long min/max: " + LongStream.of(5, Long.MIN_VALUE, Long.MAX_VALUE).min() + " " + LongStream.of(5, Long.MIN_VALUE, Long.MAX_VALUE).max());
        LongSummaryStatistics ls = LongStream.of(3000000000L, -1, 7).summaryStatistics();
        System.out.println(ls);
        System.out.println("empty long stats: " + LongStream.empty().summaryStatistics());
        System.out.println("empty long min: " + LongStream.empty().min());

        System.out.println("double sum: " + DoubleStream.of(0.1, 0.2, 0.3).sum());
        System.out.println("double sum compensated: " + DoubleStream.of(1e16, 1.0, 1.0, -1e16).sum());
        System.out.println("double average: " + DoubleStream.of(1.0, 2.0, 4.0).average());
        System.out.println("double min/max: " + DoubleStream.of(2.5, -0.5, 9.75).min() + " " + DoubleStream.of(2.5, -0.5, 9.75).max());
        System.out.println("double max with NaN: " + DoubleStream.of(1.0, Double.NaN, 3.0).max());
        System.out.println("double min -0.0 vs 0.0: " + DoubleStream.of(0.0, -0.0).min());
        DoubleSummaryStatistics ds = DoubleStream.of(1.5, 2.25, -3.0).summaryStatistics();
        System.out.println(ds);
        System.out.println("empty double stats: " + DoubleStream.empty().summaryStatistics());
        System.out.println("double empty max: " + DoubleStream.empty().max());

        System.out.println("asLongStream sum: " + IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE).asLongStream().sum());
        System.out.println("asDoubleStream average: " + IntStream.of(1, 2).asDoubleStream().average());
        System.out.println("mapToObj: " + IntStream.rangeClosed(1, 3).mapToObj(i -> "n" + i).collect(Collectors.joining(",")));
        System.out.println("boxed collect toList: " + IntStream.range(0, 4).boxed().collect(Collectors.toList()));
        System.out.println("boxed collect toSet: " + IntStream.of(3, 1, 3, 2).boxed().collect(Collectors.toSet()));
        System.out.println("Long boxed: " + LongStream.of(1, 2).boxed().collect(Collectors.toList()));
        System.out.println("Double boxed: " + DoubleStream.of(1, 2).boxed().collect(Collectors.toList()));
        System.out.println("sorted doubles: " + Arrays.toString(DoubleStream.of(3.5, -1, Double.NaN, 0.0, -0.0).sorted().toArray()));
        System.out.println("distinct doubles: " + Arrays.toString(DoubleStream.of(0.0, -0.0, 0.0, Double.NaN, Double.NaN).distinct().toArray()));
        System.out.println("anyMatch: " + IntStream.range(0, 10).anyMatch(i -> i == 7) + " allMatch: " + LongStream.of(2, 4).allMatch(l -> l % 2 == 0) + " noneMatch: " + DoubleStream.of(1.0).noneMatch(d -> d > 0));
        System.out.println("findFirst: " + IntStream.range(5, 10).findFirst() + " " + LongStream.empty().findFirst() + " " + DoubleStream.of(2.5).findAny());
        System.out.println("IntStream.average of chars: " + "abc".chars().average());
    }
}
