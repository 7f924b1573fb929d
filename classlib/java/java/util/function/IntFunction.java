package java.util.function;

/** A function from a int to a result. */
@FunctionalInterface
public interface IntFunction<R> {
    R apply(int value);
}
