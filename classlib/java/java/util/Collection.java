package java.util;

import java.util.function.IntFunction;
import java.util.function.Predicate;

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

    /** Returns the elements in an array obtained from {@code generator.apply(0)} (grown as needed). */
    default <T> T[] toArray(IntFunction<T[]> generator) {
        return toArray(generator.apply(0));
    }

    boolean add(E e);

    boolean remove(Object o);

    boolean containsAll(Collection<?> c);

    boolean addAll(Collection<? extends E> c);

    boolean removeAll(Collection<?> c);

    /** Removes, through the iterator, every element matching {@code filter}; true if any was removed. */
    default boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        boolean removed = false;
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            if (filter.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }

    boolean retainAll(Collection<?> c);

    void clear();

    boolean equals(Object o);

    int hashCode();

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
