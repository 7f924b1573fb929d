package java.util.function;

/** A function from a double to a int. */
@FunctionalInterface
public interface DoubleToIntFunction {
    int applyAsInt(double value);
}
