package java.util;

/**
 * A collection holding elements before processing: {@code add/remove/element}
 * throw when they cannot act, {@code offer/poll/peek} return false or null.
 */
public interface Queue<E> extends Collection<E> {

    boolean add(E e);

    boolean offer(E e);

    E remove();

    E poll();

    E element();

    E peek();
}
