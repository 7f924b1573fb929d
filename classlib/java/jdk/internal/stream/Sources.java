package jdk.internal.stream;

import java.util.Collection;
import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.util.function.DoubleSupplier;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The stream sources: arrays, ranges, collections, iterators, iterate/generate, concatenation and text. */
final class Sources {

    private Sources() {
    }

    /** No elements. */
    static final class Empty extends Source {
        static final Empty INSTANCE = new Empty();

        public boolean sized() {
            return true;
        }

        public long exactSize() {
            return 0;
        }

        public boolean tryAdvance(Sink sink) {
            return false;
        }

        public void forEachRemaining(Sink sink) {
        }
    }

    /** A range of an Object array. */
    static final class RefArray extends Source {
        private final Object[] array;
        private int index;
        private final int end;

        RefArray(Object[] array, int from, int to) {
            this.array = array;
            this.index = from;
            this.end = to;
        }

        public boolean sized() {
            return true;
        }

        public long exactSize() {
            return end - index;
        }

        public boolean tryAdvance(Sink sink) {
            if (index < end) {
                sink.accept(array[index++]);
                return true;
            }
            return false;
        }

        public void forEachRemaining(Sink sink) {
            Object[] a = array;
            int i = index;
            int n = end;
            index = n;
            for (; i < n; i++) {
                sink.accept(a[i]);
            }
        }
    }

    /** A range of an int array. */
    static final class IntArray extends Source {
        private final int[] array;
        private int index;
        private final int end;

        IntArray(int[] array, int from, int to) {
            this.array = array;
            this.index = from;
            this.end = to;
        }

        public boolean sized() {
            return true;
        }

        public long exactSize() {
            return end - index;
        }

        public boolean tryAdvance(Sink sink) {
            if (index < end) {
                sink.accept(array[index++]);
                return true;
            }
            return false;
        }

        public void forEachRemaining(Sink sink) {
            int[] a = array;
            int i = index;
            int n = end;
            index = n;
            for (; i < n; i++) {
                sink.accept(a[i]);
            }
        }
    }

    /** A range of a long array. */
    static final class LongArray extends Source {
        private final long[] array;
        private int index;
        private final int end;

        LongArray(long[] array, int from, int to) {
            this.array = array;
            this.index = from;
            this.end = to;
        }

        public boolean sized() {
            return true;
        }

        public long exactSize() {
            return end - index;
        }

        public boolean tryAdvance(Sink sink) {
            if (index < end) {
                sink.accept(array[index++]);
                return true;
            }
            return false;
        }

        public void forEachRemaining(Sink sink) {
            long[] a = array;
            int i = index;
            int n = end;
            index = n;
            for (; i < n; i++) {
                sink.accept(a[i]);
            }
        }
    }

    /** A range of a double array. */
    static final class DoubleArray extends Source {
        private final double[] array;
        private int index;
        private final int end;

        DoubleArray(double[] array, int from, int to) {
            this.array = array;
            this.index = from;
            this.end = to;
        }

        public boolean sized() {
            return true;
        }

        public long exactSize() {
            return end - index;
        }

        public boolean tryAdvance(Sink sink) {
            if (index < end) {
                sink.accept(array[index++]);
                return true;
            }
            return false;
        }

        public void forEachRemaining(Sink sink) {
            double[] a = array;
            int i = index;
            int n = end;
            index = n;
            for (; i < n; i++) {
                sink.accept(a[i]);
            }
        }
    }

    /** The ints from {@code next} up to {@code end} (exclusive, as a long so a closed range can end at MAX_VALUE). */
    static final class IntRange extends Source {
        private long next;
        private final long end;

        IntRange(long from, long to) {
            this.next = from;
            this.end = to;
        }

        public boolean sized() {
            return true;
        }

        public long exactSize() {
            return next < end ? end - next : 0;
        }

        public boolean tryAdvance(Sink sink) {
            if (next < end) {
                sink.accept((int) next++);
                return true;
            }
            return false;
        }

        public void forEachRemaining(Sink sink) {
            long i = next;
            long n = end;
            next = n;
            for (; i < n; i++) {
                sink.accept((int) i);
            }
        }
    }

    /** The longs from {@code next} to {@code last} inclusive (none if {@code done}). */
    static final class LongRange extends Source {
        private long next;
        private final long last;
        private boolean done;

        LongRange(long first, long last, boolean empty) {
            this.next = first;
            this.last = last;
            this.done = empty;
        }

        public boolean sized() {
            return true;
        }

        public long exactSize() {
            if (done) {
                return 0;
            }
            long n = last - next + 1;
            return n > 0 ? n : -1;
        }

        public boolean tryAdvance(Sink sink) {
            if (done) {
                return false;
            }
            long v = next;
            if (v == last) {
                done = true;
            } else {
                next = v + 1;
            }
            sink.accept(v);
            return true;
        }

        public void forEachRemaining(Sink sink) {
            if (done) {
                return;
            }
            done = true;
            long v = next;
            long l = last;
            while (v != l) {
                sink.accept(v++);
            }
            next = l;
            sink.accept(l);
        }
    }

    /** A collection's elements; the iterator is taken (and the size read) when traversal starts. */
    static final class Coll extends Source {
        private final Collection<?> collection;
        private Iterator<?> it;

        Coll(Collection<?> collection) {
            this.collection = collection;
        }

        public boolean sized() {
            return true;
        }

        public long exactSize() {
            return it == null ? collection.size() : -1;
        }

        public boolean tryAdvance(Sink sink) {
            Iterator<?> i = it;
            if (i == null) {
                it = i = collection.iterator();
            }
            if (i.hasNext()) {
                sink.accept(i.next());
                return true;
            }
            return false;
        }

        public void forEachRemaining(Sink sink) {
            Iterator<?> i = it;
            if (i == null) {
                it = i = collection.iterator();
            }
            while (i.hasNext()) {
                sink.accept(i.next());
            }
        }
    }

    /** The remaining elements of an iterator. */
    static final class Iter extends Source {
        private final Iterator<?> it;

        Iter(Iterator<?> it) {
            this.it = it;
        }

        public boolean tryAdvance(Sink sink) {
            if (it.hasNext()) {
                sink.accept(it.next());
                return true;
            }
            return false;
        }
    }

    /** The remaining elements of an int iterator. */
    static final class IntIter extends Source {
        private final PrimitiveIterator.OfInt it;

        IntIter(PrimitiveIterator.OfInt it) {
            this.it = it;
        }

        public boolean tryAdvance(Sink sink) {
            if (it.hasNext()) {
                sink.accept(it.nextInt());
                return true;
            }
            return false;
        }
    }

    /** The remaining elements of a long iterator. */
    static final class LongIter extends Source {
        private final PrimitiveIterator.OfLong it;

        LongIter(PrimitiveIterator.OfLong it) {
            this.it = it;
        }

        public boolean tryAdvance(Sink sink) {
            if (it.hasNext()) {
                sink.accept(it.nextLong());
                return true;
            }
            return false;
        }
    }

    /** The remaining elements of a double iterator. */
    static final class DoubleIter extends Source {
        private final PrimitiveIterator.OfDouble it;

        DoubleIter(PrimitiveIterator.OfDouble it) {
            this.it = it;
        }

        public boolean tryAdvance(Sink sink) {
            if (it.hasNext()) {
                sink.accept(it.nextDouble());
                return true;
            }
            return false;
        }
    }

    /** The elements of {@code first}, then those of {@code second}. */
    static final class Concat extends Source {
        private final Source first;
        private final Source second;
        private boolean inFirst = true;
        private final boolean sized;

        Concat(Source first, Source second) {
            this.first = first;
            this.second = second;
            this.sized = first.sized() && second.sized();
        }

        public boolean sized() {
            return sized && exactSize() >= 0;
        }

        public long exactSize() {
            if (!sized) {
                return -1;
            }
            long a = inFirst ? first.exactSize() : 0;
            long b = second.exactSize();
            long n = a + b;
            return (a < 0 || b < 0 || n < 0) ? -1 : n;
        }

        public boolean tryAdvance(Sink sink) {
            if (inFirst) {
                if (first.tryAdvance(sink)) {
                    return true;
                }
                inFirst = false;
            }
            return second.tryAdvance(sink);
        }

        public void forEachRemaining(Sink sink) {
            if (inFirst) {
                inFirst = false;
                first.forEachRemaining(sink);
            }
            second.forEachRemaining(sink);
        }
    }

    /** seed, f(seed), f(f(seed)), ... without end; f is applied only when the next element is needed. */
    static final class RefIterate extends Source {
        private final UnaryOperator<Object> f;
        private Object prev;
        private boolean started;

        @SuppressWarnings("unchecked")
        RefIterate(Object seed, UnaryOperator<?> f) {
            this.prev = seed;
            this.f = (UnaryOperator<Object>) f;
        }

        public boolean tryAdvance(Sink sink) {
            Object t;
            if (started) {
                t = f.apply(prev);
            } else {
                t = prev;
                started = true;
            }
            prev = t;
            sink.accept(t);
            return true;
        }
    }

    /** seed, next(seed), ... while hasNext holds. */
    static final class RefIterateWhile extends Source {
        private final Predicate<Object> hasNext;
        private final UnaryOperator<Object> next;
        private Object prev;
        private boolean started;
        private boolean finished;

        @SuppressWarnings("unchecked")
        RefIterateWhile(Object seed, Predicate<?> hasNext, UnaryOperator<?> next) {
            this.prev = seed;
            this.hasNext = (Predicate<Object>) hasNext;
            this.next = (UnaryOperator<Object>) next;
        }

        public boolean tryAdvance(Sink sink) {
            if (finished) {
                return false;
            }
            Object t;
            if (started) {
                t = next.apply(prev);
            } else {
                t = prev;
                started = true;
            }
            if (!hasNext.test(t)) {
                prev = null;
                finished = true;
                return false;
            }
            prev = t;
            sink.accept(t);
            return true;
        }

        public void forEachRemaining(Sink sink) {
            if (finished) {
                return;
            }
            finished = true;
            Object t = started ? next.apply(prev) : prev;
            prev = null;
            while (hasNext.test(t)) {
                sink.accept(t);
                t = next.apply(t);
            }
        }
    }

    /** seed, f(seed), ... for ints. */
    static final class IntIterate extends Source {
        private final IntUnaryOperator f;
        private int prev;
        private boolean started;

        IntIterate(int seed, IntUnaryOperator f) {
            this.prev = seed;
            this.f = f;
        }

        public boolean tryAdvance(Sink sink) {
            int t;
            if (started) {
                t = f.applyAsInt(prev);
            } else {
                t = prev;
                started = true;
            }
            prev = t;
            sink.accept(t);
            return true;
        }
    }

    /** seed, next(seed), ... while hasNext holds, for ints. */
    static final class IntIterateWhile extends Source {
        private final IntPredicate hasNext;
        private final IntUnaryOperator next;
        private int prev;
        private boolean started;
        private boolean finished;

        IntIterateWhile(int seed, IntPredicate hasNext, IntUnaryOperator next) {
            this.prev = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        public boolean tryAdvance(Sink sink) {
            if (finished) {
                return false;
            }
            int t;
            if (started) {
                t = next.applyAsInt(prev);
            } else {
                t = prev;
                started = true;
            }
            if (!hasNext.test(t)) {
                finished = true;
                return false;
            }
            prev = t;
            sink.accept(t);
            return true;
        }

        public void forEachRemaining(Sink sink) {
            if (finished) {
                return;
            }
            finished = true;
            int t = started ? next.applyAsInt(prev) : prev;
            while (hasNext.test(t)) {
                sink.accept(t);
                t = next.applyAsInt(t);
            }
        }
    }

    /** seed, f(seed), ... for longs. */
    static final class LongIterate extends Source {
        private final LongUnaryOperator f;
        private long prev;
        private boolean started;

        LongIterate(long seed, LongUnaryOperator f) {
            this.prev = seed;
            this.f = f;
        }

        public boolean tryAdvance(Sink sink) {
            long t;
            if (started) {
                t = f.applyAsLong(prev);
            } else {
                t = prev;
                started = true;
            }
            prev = t;
            sink.accept(t);
            return true;
        }
    }

    /** seed, next(seed), ... while hasNext holds, for longs. */
    static final class LongIterateWhile extends Source {
        private final LongPredicate hasNext;
        private final LongUnaryOperator next;
        private long prev;
        private boolean started;
        private boolean finished;

        LongIterateWhile(long seed, LongPredicate hasNext, LongUnaryOperator next) {
            this.prev = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        public boolean tryAdvance(Sink sink) {
            if (finished) {
                return false;
            }
            long t;
            if (started) {
                t = next.applyAsLong(prev);
            } else {
                t = prev;
                started = true;
            }
            if (!hasNext.test(t)) {
                finished = true;
                return false;
            }
            prev = t;
            sink.accept(t);
            return true;
        }

        public void forEachRemaining(Sink sink) {
            if (finished) {
                return;
            }
            finished = true;
            long t = started ? next.applyAsLong(prev) : prev;
            while (hasNext.test(t)) {
                sink.accept(t);
                t = next.applyAsLong(t);
            }
        }
    }

    /** seed, f(seed), ... for doubles. */
    static final class DoubleIterate extends Source {
        private final DoubleUnaryOperator f;
        private double prev;
        private boolean started;

        DoubleIterate(double seed, DoubleUnaryOperator f) {
            this.prev = seed;
            this.f = f;
        }

        public boolean tryAdvance(Sink sink) {
            double t;
            if (started) {
                t = f.applyAsDouble(prev);
            } else {
                t = prev;
                started = true;
            }
            prev = t;
            sink.accept(t);
            return true;
        }
    }

    /** seed, next(seed), ... while hasNext holds, for doubles. */
    static final class DoubleIterateWhile extends Source {
        private final DoublePredicate hasNext;
        private final DoubleUnaryOperator next;
        private double prev;
        private boolean started;
        private boolean finished;

        DoubleIterateWhile(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
            this.prev = seed;
            this.hasNext = hasNext;
            this.next = next;
        }

        public boolean tryAdvance(Sink sink) {
            if (finished) {
                return false;
            }
            double t;
            if (started) {
                t = next.applyAsDouble(prev);
            } else {
                t = prev;
                started = true;
            }
            if (!hasNext.test(t)) {
                finished = true;
                return false;
            }
            prev = t;
            sink.accept(t);
            return true;
        }

        public void forEachRemaining(Sink sink) {
            if (finished) {
                return;
            }
            finished = true;
            double t = started ? next.applyAsDouble(prev) : prev;
            while (hasNext.test(t)) {
                sink.accept(t);
                t = next.applyAsDouble(t);
            }
        }
    }

    /** Endless supplier results. */
    static final class RefGenerate extends Source {
        private final Supplier<?> s;

        RefGenerate(Supplier<?> s) {
            this.s = s;
        }

        public boolean tryAdvance(Sink sink) {
            sink.accept(s.get());
            return true;
        }
    }

    /** Endless int supplier results. */
    static final class IntGenerate extends Source {
        private final IntSupplier s;

        IntGenerate(IntSupplier s) {
            this.s = s;
        }

        public boolean tryAdvance(Sink sink) {
            sink.accept(s.getAsInt());
            return true;
        }
    }

    /** Endless long supplier results. */
    static final class LongGenerate extends Source {
        private final LongSupplier s;

        LongGenerate(LongSupplier s) {
            this.s = s;
        }

        public boolean tryAdvance(Sink sink) {
            sink.accept(s.getAsLong());
            return true;
        }
    }

    /** Endless double supplier results. */
    static final class DoubleGenerate extends Source {
        private final DoubleSupplier s;

        DoubleGenerate(DoubleSupplier s) {
            this.s = s;
        }

        public boolean tryAdvance(Sink sink) {
            sink.accept(s.getAsDouble());
            return true;
        }
    }

    /** The chars of a character sequence, as ints; the length is read when traversal starts. */
    static final class Chars extends Source {
        private final CharSequence seq;
        private int index;

        Chars(CharSequence seq) {
            this.seq = seq;
        }

        public boolean sized() {
            return true;
        }

        public long exactSize() {
            return seq.length() - index;
        }

        public boolean tryAdvance(Sink sink) {
            if (index < seq.length()) {
                sink.accept((int) seq.charAt(index++));
                return true;
            }
            return false;
        }

        public void forEachRemaining(Sink sink) {
            CharSequence s = seq;
            int n = s.length();
            int i = index;
            index = n;
            for (; i < n; i++) {
                sink.accept((int) s.charAt(i));
            }
        }
    }

    /** The code points of a character sequence (unpaired surrogates are passed through). */
    static final class CodePoints extends Source {
        private final CharSequence seq;
        private int index;

        CodePoints(CharSequence seq) {
            this.seq = seq;
        }

        public boolean tryAdvance(Sink sink) {
            CharSequence s = seq;
            int n = s.length();
            int i = index;
            if (i >= n) {
                return false;
            }
            char c = s.charAt(i++);
            int cp = c;
            if (Character.isHighSurrogate(c) && i < n) {
                char d = s.charAt(i);
                if (Character.isLowSurrogate(d)) {
                    cp = Character.toCodePoint(c, d);
                    i++;
                }
            }
            index = i;
            sink.accept(cp);
            return true;
        }
    }

    /** The lines of a string, split at \n, \r and \r\n; a final empty line is not produced. */
    static final class Lines extends Source {
        private final String text;
        private int index;

        Lines(String text) {
            this.text = text;
        }

        public boolean tryAdvance(Sink sink) {
            String s = text;
            int n = s.length();
            int start = index;
            if (start >= n) {
                return false;
            }
            int i = start;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r') {
                    break;
                }
                i++;
            }
            String line = s.substring(start, i);
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
            }
            index = i;
            sink.accept(line);
            return true;
        }
    }

    /** The elements of a spliterator (taken from its supplier when first needed). */
    static final class Spl extends Source {
        private final int shape;
        private final java.util.function.Supplier<? extends java.util.Spliterator<?>> supplier;
        private final boolean sized;
        private java.util.Spliterator<?> spliterator;

        Spl(java.util.Spliterator<?> spliterator, int shape) {
            this.spliterator = spliterator;
            this.supplier = null;
            this.shape = shape;
            this.sized = spliterator.hasCharacteristics(java.util.Spliterator.SIZED);
        }

        Spl(java.util.function.Supplier<? extends java.util.Spliterator<?>> supplier, int characteristics, int shape) {
            this.supplier = supplier;
            this.shape = shape;
            this.sized = (characteristics & java.util.Spliterator.SIZED) != 0;
        }

        java.util.Spliterator<?> spliterator() {
            java.util.Spliterator<?> s = spliterator;
            if (s == null) {
                spliterator = s = supplier.get();
            }
            return s;
        }

        public boolean sized() {
            return sized;
        }

        public long exactSize() {
            return sized ? spliterator().getExactSizeIfKnown() : -1;
        }

        public long estimateSize() {
            return spliterator().estimateSize();
        }

        @SuppressWarnings("unchecked")
        public boolean tryAdvance(Sink sink) {
            java.util.Spliterator<?> s = spliterator();
            switch (shape) {
                case PullSource.INT:
                    return ((java.util.Spliterator.OfInt) s).tryAdvance((java.util.function.IntConsumer) sink);
                case PullSource.LONG:
                    return ((java.util.Spliterator.OfLong) s).tryAdvance((java.util.function.LongConsumer) sink);
                case PullSource.DOUBLE:
                    return ((java.util.Spliterator.OfDouble) s).tryAdvance((java.util.function.DoubleConsumer) sink);
                default:
                    return ((java.util.Spliterator<Object>) s).tryAdvance(sink);
            }
        }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Sink sink) {
            java.util.Spliterator<?> s = spliterator();
            switch (shape) {
                case PullSource.INT:
                    ((java.util.Spliterator.OfInt) s).forEachRemaining((java.util.function.IntConsumer) sink);
                    break;
                case PullSource.LONG:
                    ((java.util.Spliterator.OfLong) s).forEachRemaining((java.util.function.LongConsumer) sink);
                    break;
                case PullSource.DOUBLE:
                    ((java.util.Spliterator.OfDouble) s).forEachRemaining((java.util.function.DoubleConsumer) sink);
                    break;
                default:
                    ((java.util.Spliterator<Object>) s).forEachRemaining(sink);
                    break;
            }
        }
    }
}
