package java.nio;

import java.io.IOException;
import java.util.Objects;

/**
 * A buffer of chars, backed by an array (a read-only buffer wrapping a
 * CharSequence holds a copy of its chars). As a CharSequence it is the
 * chars between its position and its limit.
 */
public abstract class CharBuffer extends Buffer implements Comparable<CharBuffer>, Appendable, CharSequence, Readable {
    final char[] hb;
    final int offset;
    final boolean readOnly;
    /** Whether the array is a private copy of a wrapped CharSequence (not accessible). */
    final boolean hidden;

    CharBuffer(int mark, int pos, int lim, int cap, char[] hb, int offset, boolean readOnly, boolean hidden) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
        this.hidden = hidden;
    }

    public static CharBuffer allocate(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        }
        return new HeapCharBuffer(new char[capacity], -1, 0, capacity, capacity, 0, false, false);
    }

    public static CharBuffer wrap(char[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        return new HeapCharBuffer(array, -1, offset, offset + length, array.length, 0, false, false);
    }

    public static CharBuffer wrap(char[] array) {
        return wrap(array, 0, array.length);
    }

    /** A read-only buffer of the chars of {@code csq}, positioned at {@code start}, limited at {@code end}. */
    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        Objects.checkFromToIndex(start, end, csq.length());
        char[] chars = csq.toString().toCharArray();
        return new HeapCharBuffer(chars, -1, start, end, chars.length, 0, true, true);
    }

    public static CharBuffer wrap(CharSequence csq) {
        return wrap(csq, 0, csq.length());
    }

    /** Reads chars from this buffer into {@code target}. */
    @Override
    public int read(CharBuffer target) throws IOException {
        int limit = limit();
        int pos = position();
        int remaining = limit - pos;
        int targetRemaining = target.remaining();
        if (targetRemaining <= 0) {
            return -1;
        }
        int n = Math.min(remaining, targetRemaining);
        if (n == 0) {
            return -1;
        }
        if (targetRemaining < remaining) {
            limit(pos + n);
        }
        try {
            target.put(this);
        } finally {
            limit(limit);
        }
        return n;
    }

    @Override
    public abstract CharBuffer slice();

    @Override
    public abstract CharBuffer slice(int index, int length);

    @Override
    public abstract CharBuffer duplicate();

    public abstract CharBuffer asReadOnlyBuffer();

    public abstract char get();

    public abstract CharBuffer put(char c);

    public abstract char get(int index);

    public abstract CharBuffer put(int index, char c);

    public abstract CharBuffer compact();

    public CharBuffer get(char[] dst, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, dst.length);
        if (length > remaining()) {
            throw new BufferUnderflowException();
        }
        for (int i = offset; i < offset + length; i++) {
            dst[i] = get();
        }
        return this;
    }

    public CharBuffer get(char[] dst) {
        return get(dst, 0, dst.length);
    }

    public CharBuffer get(int index, char[] dst, int offset, int length) {
        Objects.checkFromIndexSize(index, length, limit());
        Objects.checkFromIndexSize(offset, length, dst.length);
        for (int i = 0; i < length; i++) {
            dst[offset + i] = get(index + i);
        }
        return this;
    }

    public CharBuffer put(CharBuffer src) {
        if (src == this) {
            throw new IllegalArgumentException("The source buffer is this buffer");
        }
        if (isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        int n = src.remaining();
        if (n > remaining()) {
            throw new BufferOverflowException();
        }
        for (int i = 0; i < n; i++) {
            put(src.get());
        }
        return this;
    }

    public CharBuffer put(char[] src, int offset, int length) {
        if (isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        Objects.checkFromIndexSize(offset, length, src.length);
        if (length > remaining()) {
            throw new BufferOverflowException();
        }
        for (int i = offset; i < offset + length; i++) {
            put(src[i]);
        }
        return this;
    }

    public final CharBuffer put(char[] src) {
        return put(src, 0, src.length);
    }

    public CharBuffer put(String src, int start, int end) {
        Objects.checkFromToIndex(start, end, src.length());
        if (isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        if (end - start > remaining()) {
            throw new BufferOverflowException();
        }
        for (int i = start; i < end; i++) {
            put(src.charAt(i));
        }
        return this;
    }

    public final CharBuffer put(String src) {
        return put(src, 0, src.length());
    }

    @Override
    public final boolean hasArray() {
        return !hidden && !readOnly;
    }

    @Override
    public final char[] array() {
        if (hidden) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (hidden) {
            throw new UnsupportedOperationException();
        }
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
        return offset;
    }

    @Override
    public final CharBuffer position(int newPosition) {
        super.position(newPosition);
        return this;
    }

    @Override
    public final CharBuffer limit(int newLimit) {
        super.limit(newLimit);
        return this;
    }

    @Override
    public final CharBuffer mark() {
        super.mark();
        return this;
    }

    @Override
    public final CharBuffer reset() {
        super.reset();
        return this;
    }

    @Override
    public final CharBuffer clear() {
        super.clear();
        return this;
    }

    @Override
    public final CharBuffer flip() {
        super.flip();
        return this;
    }

    @Override
    public final CharBuffer rewind() {
        super.rewind();
        return this;
    }

    @Override
    public boolean isDirect() {
        return false;
    }

    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--) {
            h = 31 * h + (int) get(i);
        }
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        if (!(ob instanceof CharBuffer)) {
            return false;
        }
        CharBuffer that = (CharBuffer) ob;
        int n = remaining();
        if (n != that.remaining()) {
            return false;
        }
        return compareTo(that) == 0;
    }

    @Override
    public int compareTo(CharBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        for (int i = 0; i < n; i++) {
            char a = get(position() + i);
            char b = that.get(that.position() + i);
            if (a != b) {
                return Character.compare(a, b);
            }
        }
        return remaining() - that.remaining();
    }

    /** The chars between the position and the limit. */
    @Override
    public String toString() {
        char[] chars = new char[remaining()];
        int p = position();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = get(p + i);
        }
        return new String(chars);
    }

    @Override
    public final int length() {
        return remaining();
    }

    @Override
    public final boolean isEmpty() {
        return remaining() == 0;
    }

    @Override
    public final char charAt(int index) {
        if (index < 0 || index >= remaining()) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + remaining());
        }
        return get(position() + index);
    }

    @Override
    public abstract CharBuffer subSequence(int start, int end);

    @Override
    public CharBuffer append(CharSequence csq) {
        if (csq == null) {
            return put("null");
        }
        return put(csq.toString());
    }

    @Override
    public CharBuffer append(CharSequence csq, int start, int end) {
        CharSequence cs = (csq == null ? "null" : csq);
        return put(cs.subSequence(start, end).toString());
    }

    @Override
    public CharBuffer append(char c) {
        return put(c);
    }
}
