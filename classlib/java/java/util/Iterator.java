package java.util;

import java.util.function.Consumer;

/**
 * An iterator over the elements of a collection. Removal is optional and
 * unsupported unless an implementation overrides {@link #remove()}.
 */
public interface Iterator<E> {

    boolean hasNext();

    E next();

    default void remove() {
        throw new UnsupportedOperationException("remove");
    }

    /** Performs {@code action} on each remaining element. */
    default void forEachRemaining(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        while (hasNext()) {
            action.accept(next());
        }
    }
}
