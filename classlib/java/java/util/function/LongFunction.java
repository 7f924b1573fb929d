package java.util.function;

/** A function from a long to a result. */
@FunctionalInterface
public interface LongFunction<R> {
    R apply(long value);
}
