package java.util.function;

/** A function from a double to a result. */
@FunctionalInterface
public interface DoubleFunction<R> {
    R apply(double value);
}
