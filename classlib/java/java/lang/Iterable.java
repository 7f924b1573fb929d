package java.lang;

import java.util.Iterator;

/** Something the enhanced for statement can iterate over. */
public interface Iterable<T> {
    Iterator<T> iterator();

    /** Performs {@code action} on each element, in iteration order. */
    default void forEach(java.util.function.Consumer<? super T> action) {
        java.util.Objects.requireNonNull(action);
        for (T t : this) {
            action.accept(t);
        }
    }

    /** A spliterator over this iterable's iterator, of unknown size. */
    default java.util.Spliterator<T> spliterator() {
        return java.util.Spliterators.spliteratorUnknownSize(iterator(), 0);
    }
}
