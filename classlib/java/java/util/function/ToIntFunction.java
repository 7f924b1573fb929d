package java.util.function;

/** A function producing a int. */
@FunctionalInterface
public interface ToIntFunction<T> {
    int applyAsInt(T value);
}
