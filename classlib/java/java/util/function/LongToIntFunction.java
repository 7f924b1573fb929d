package java.util.function;

/** A function from a long to a int. */
@FunctionalInterface
public interface LongToIntFunction {
    int applyAsInt(long value);
}
