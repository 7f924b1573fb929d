package jdk.internal.stream;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * Iterators over a stream's {@link Source}: each pulls one element ahead
 * (the iterator is the sink that element is pushed into).
 */
final class Iterators {

    private Iterators() {
    }

    /** Iterator over a reference stream. */
    static final class OfRef<T> extends Sink implements Iterator<T> {
        private final Source source;
        private boolean ready;
        private Object next;

        OfRef(Source source) {
            this.source = source;
        }

        public void accept(Object t) {
            next = t;
        }

        public boolean hasNext() {
            if (!ready) {
                ready = source.tryAdvance(this);
            }
            return ready;
        }

        @SuppressWarnings("unchecked")
        public T next() {
            if (!ready && !hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            Object t = next;
            next = null;
            return (T) t;
        }
    }

    /** Iterator over an int stream. */
    static final class OfInt extends Sink implements PrimitiveIterator.OfInt {
        private final Source source;
        private boolean ready;
        private int next;

        OfInt(Source source) {
            this.source = source;
        }

        public void accept(int t) {
            next = t;
        }

        public boolean hasNext() {
            if (!ready) {
                ready = source.tryAdvance(this);
            }
            return ready;
        }

        public int nextInt() {
            if (!ready && !hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }

    /** Iterator over a long stream. */
    static final class OfLong extends Sink implements PrimitiveIterator.OfLong {
        private final Source source;
        private boolean ready;
        private long next;

        OfLong(Source source) {
            this.source = source;
        }

        public void accept(long t) {
            next = t;
        }

        public boolean hasNext() {
            if (!ready) {
                ready = source.tryAdvance(this);
            }
            return ready;
        }

        public long nextLong() {
            if (!ready && !hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }

    /** Iterator over a double stream. */
    static final class OfDouble extends Sink implements PrimitiveIterator.OfDouble {
        private final Source source;
        private boolean ready;
        private double next;

        OfDouble(Source source) {
            this.source = source;
        }

        public void accept(double t) {
            next = t;
        }

        public boolean hasNext() {
            if (!ready) {
                ready = source.tryAdvance(this);
            }
            return ready;
        }

        public double nextDouble() {
            if (!ready && !hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }
}
