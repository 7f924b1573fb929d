package java.util.function;

/** A function from a int to a long. */
@FunctionalInterface
public interface IntToLongFunction {
    long applyAsLong(int value);
}
