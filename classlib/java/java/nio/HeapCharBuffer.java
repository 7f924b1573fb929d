package java.nio;

/** The char buffer over a char array (read-only or not). */
final class HeapCharBuffer extends CharBuffer {
    HeapCharBuffer(char[] hb, int mark, int pos, int lim, int cap, int offset, boolean readOnly, boolean hidden) {
        super(mark, pos, lim, cap, hb, offset, readOnly, hidden);
    }

    private int ix(int i) {
        return i + offset;
    }

    private void checkWritable() {
        if (readOnly) {
            throw new ReadOnlyBufferException();
        }
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public CharBuffer slice() {
        int pos = position();
        int rem = remaining();
        return new HeapCharBuffer(hb, -1, 0, rem, rem, pos + offset, readOnly, hidden);
    }

    @Override
    public CharBuffer slice(int index, int length) {
        java.util.Objects.checkFromIndexSize(index, length, limit());
        return new HeapCharBuffer(hb, -1, 0, length, length, index + offset, readOnly, hidden);
    }

    @Override
    public CharBuffer duplicate() {
        return new HeapCharBuffer(hb, markValue(), position(), limit(), capacity(), offset, readOnly, hidden);
    }

    @Override
    public CharBuffer asReadOnlyBuffer() {
        return new HeapCharBuffer(hb, markValue(), position(), limit(), capacity(), offset, true, hidden);
    }

    @Override
    public char get() {
        return hb[ix(nextGetIndex(1))];
    }

    @Override
    public char get(int i) {
        return hb[ix(checkIndex(i))];
    }

    @Override
    public CharBuffer put(char c) {
        checkWritable();
        hb[ix(nextPutIndex(1))] = c;
        return this;
    }

    @Override
    public CharBuffer put(int i, char c) {
        checkWritable();
        hb[ix(checkIndex(i))] = c;
        return this;
    }

    @Override
    public CharBuffer compact() {
        checkWritable();
        int pos = position();
        int rem = remaining();
        System.arraycopy(hb, ix(pos), hb, ix(0), rem);
        position(rem);
        limit(capacity());
        discardMark();
        return this;
    }

    @Override
    public CharBuffer subSequence(int start, int end) {
        int pos = position();
        java.util.Objects.checkFromToIndex(start, end, remaining());
        return new HeapCharBuffer(hb, -1, pos + start, pos + end, capacity(), offset, readOnly, hidden);
    }
}
