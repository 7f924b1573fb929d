package java.util;

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
}
