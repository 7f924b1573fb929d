package java.util;

/**
 * An iterator for lists that can move in both directions and modify the
 * list while traversing it.
 */
public interface ListIterator<E> extends Iterator<E> {

    boolean hasNext();

    E next();

    boolean hasPrevious();

    E previous();

    int nextIndex();

    int previousIndex();

    void remove();

    void set(E e);

    void add(E e);
}
