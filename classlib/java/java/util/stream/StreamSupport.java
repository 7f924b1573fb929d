package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Supplier;
import jdk.internal.stream.DoublePipeline;
import jdk.internal.stream.IntPipeline;
import jdk.internal.stream.LongPipeline;
import jdk.internal.stream.RefPipeline;

/**
 * Low-level factories for streams over a {@link Spliterator} (or a supplier
 * of one, asked for it when the terminal operation runs).
 */
public final class StreamSupport {

    private StreamSupport() {
    }

    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return RefPipeline.ofSpliterator(spliterator, parallel);
    }

    public static <T> Stream<T> stream(Supplier<? extends Spliterator<T>> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return RefPipeline.ofSpliterator(supplier, characteristics, parallel);
    }

    public static IntStream intStream(Spliterator.OfInt spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return IntPipeline.ofSpliterator(spliterator, parallel);
    }

    public static IntStream intStream(Supplier<? extends Spliterator.OfInt> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return IntPipeline.ofSpliterator(supplier, characteristics, parallel);
    }

    public static LongStream longStream(Spliterator.OfLong spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return LongPipeline.ofSpliterator(spliterator, parallel);
    }

    public static LongStream longStream(Supplier<? extends Spliterator.OfLong> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return LongPipeline.ofSpliterator(supplier, characteristics, parallel);
    }

    public static DoubleStream doubleStream(Spliterator.OfDouble spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return DoublePipeline.ofSpliterator(spliterator, parallel);
    }

    public static DoubleStream doubleStream(Supplier<? extends Spliterator.OfDouble> supplier, int characteristics, boolean parallel) {
        Objects.requireNonNull(supplier);
        return DoublePipeline.ofSpliterator(supplier, characteristics, parallel);
    }
}
