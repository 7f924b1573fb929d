package java.util.function;

/** An operation on an object and a int, returning nothing. */
@FunctionalInterface
public interface ObjIntConsumer<T> {
    void accept(T t, int value);
}
