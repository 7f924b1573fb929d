package java.util.function;

/** An operation on two doubles producing a double. */
@FunctionalInterface
public interface DoubleBinaryOperator {
    double applyAsDouble(double left, double right);
}
