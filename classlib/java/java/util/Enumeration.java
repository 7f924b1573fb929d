package java.util;

/**
 * The legacy iteration protocol: a series of elements produced one at a
 * time.
 */
public interface Enumeration<E> {

    boolean hasMoreElements();

    E nextElement();

    /** An Iterator over the remaining elements (remove is unsupported). */
    default Iterator<E> asIterator() {
        return new Iterator<E>() {
            public boolean hasNext() {
                return hasMoreElements();
            }

            public E next() {
                return nextElement();
            }
        };
    }
}
