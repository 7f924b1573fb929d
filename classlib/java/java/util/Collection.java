package java.util;

/**
 * The root interface of the collection hierarchy: a group of elements that
 * can be counted, searched, iterated and (optionally) modified.
 */
public interface Collection<E> extends Iterable<E> {

    int size();

    boolean isEmpty();

    boolean contains(Object o);

    Iterator<E> iterator();

    Object[] toArray();

    <T> T[] toArray(T[] a);

    boolean add(E e);

    boolean remove(Object o);

    boolean containsAll(Collection<?> c);

    boolean addAll(Collection<? extends E> c);

    boolean removeAll(Collection<?> c);

    boolean retainAll(Collection<?> c);

    void clear();

    boolean equals(Object o);

    int hashCode();

    // --- added by streams ---

    /** A spliterator over this collection's iterator, sized by size() when traversal starts. */
    default Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, 0);
    }

    /** A sequential stream over this collection's elements (taken when the terminal operation runs). */
    default java.util.stream.Stream<E> stream() {
        return jdk.internal.stream.RefPipeline.ofCollection(this);
    }

    /** A stream over this collection's elements (crema runs it sequentially). */
    default java.util.stream.Stream<E> parallelStream() {
        return stream().parallel();
    }
}
