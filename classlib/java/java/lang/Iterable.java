package java.lang;

import java.util.Iterator;

/** Something the enhanced for statement can iterate over. */
public interface Iterable<T> {
    Iterator<T> iterator();

    // --- added by streams ---

    /** A spliterator over this iterable's iterator, of unknown size. */
    default java.util.Spliterator<T> spliterator() {
        return java.util.Spliterators.spliteratorUnknownSize(iterator(), 0);
    }
}
