package java.lang;

import java.util.Iterator;

/** Something the enhanced for statement can iterate over. */
public interface Iterable<T> {
    Iterator<T> iterator();
}
