package java.lang;

import java.util.Iterator;

/** Something the enhanced for statement can iterate over. */
public interface Iterable<T> {
    Iterator<T> iterator();

    // --- added by collections ---

    /** Performs {@code action} on each element, in iteration order. */
    default void forEach(java.util.function.Consumer<? super T> action) {
        java.util.Objects.requireNonNull(action);
        for (T t : this) {
            action.accept(t);
        }
    }
}
