package java.io;

import crema.vm.FileSystem;

/** A file read and written at a movable position, with DataInput/DataOutput encodings. */
public class RandomAccessFile implements DataOutput, DataInput, Closeable {
    private final FileDescriptor fd;
    private final String path;
    private final boolean rw;
    private volatile boolean closed;
    private final byte[] buffer = new byte[8];

    public RandomAccessFile(String name, String mode) throws FileNotFoundException {
        this(name != null ? new File(name) : null, mode);
    }

    public RandomAccessFile(File file, String mode) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        boolean readWrite;
        if (mode.equals("r")) {
            readWrite = false;
        } else if (mode.equals("rw") || mode.equals("rws") || mode.equals("rwd")) {
            readWrite = true;
        } else {
            throw new IllegalArgumentException("Illegal mode \"" + mode
                    + "\" must be one of \"r\", \"rw\", \"rws\", or \"rwd\"");
        }
        if (name == null) {
            throw new NullPointerException();
        }
        this.fd = new FileDescriptor(FileOpener.open(name, readWrite ? FileSystem.READ_WRITE : FileSystem.READ));
        this.path = name;
        this.rw = readWrite;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream Closed");
        }
    }

    public int read() throws IOException {
        int n = read(buffer, 0, 1);
        return n <= 0 ? -1 : buffer[0] & 0xff;
    }

    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return 0;
        }
        ensureOpen();
        int n = FileSystem.read(fd.fd, b, off, len);
        if (n == -2) {
            throw new IOException(FileSystem.lastError());
        }
        return n;
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public final void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        do {
            int count = read(b, off + n, len - n);
            if (count < 0) {
                throw new EOFException();
            }
            n += count;
        } while (n < len);
    }

    @Override
    public int skipBytes(int n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        long pos = getFilePointer();
        long len = length();
        long newpos = Math.min(pos + n, len);
        seek(newpos);
        return (int) (newpos - pos);
    }

    @Override
    public void write(int b) throws IOException {
        buffer[0] = (byte) b;
        write(buffer, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
        ensureOpen();
        if (!rw) {
            throw new IOException("Bad file descriptor");
        }
        if (FileSystem.write(fd.fd, b, off, len) < 0) {
            throw new IOException(FileSystem.lastError());
        }
    }

    public long getFilePointer() throws IOException {
        ensureOpen();
        return FileSystem.position(fd.fd);
    }

    public void seek(long pos) throws IOException {
        if (pos < 0) {
            throw new IOException("Negative seek offset");
        }
        ensureOpen();
        if (FileSystem.seek(fd.fd, pos) < 0) {
            throw new IOException(FileSystem.lastError());
        }
    }

    public long length() throws IOException {
        ensureOpen();
        return FileSystem.size(fd.fd);
    }

    public void setLength(long newLength) throws IOException {
        ensureOpen();
        long pos = FileSystem.position(fd.fd);
        if (!FileSystem.setLength(fd.fd, newLength)) {
            throw new IOException(FileSystem.lastError());
        }
        if (pos > newLength) {
            FileSystem.seek(fd.fd, newLength);
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            FileSystem.close(fd.fd);
        }
    }

    private int readOne() throws IOException {
        int ch = read();
        if (ch < 0) {
            throw new EOFException();
        }
        return ch;
    }

    @Override
    public final boolean readBoolean() throws IOException {
        return readOne() != 0;
    }

    @Override
    public final byte readByte() throws IOException {
        return (byte) readOne();
    }

    @Override
    public final int readUnsignedByte() throws IOException {
        return readOne();
    }

    @Override
    public final short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public final int readUnsignedShort() throws IOException {
        readFully(buffer, 0, 2);
        return ((buffer[0] & 0xff) << 8) | (buffer[1] & 0xff);
    }

    @Override
    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public final int readInt() throws IOException {
        readFully(buffer, 0, 4);
        return ((buffer[0] & 0xff) << 24) | ((buffer[1] & 0xff) << 16) | ((buffer[2] & 0xff) << 8) | (buffer[3] & 0xff);
    }

    @Override
    public final long readLong() throws IOException {
        readFully(buffer, 0, 8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buffer[i] & 0xff);
        }
        return v;
    }

    @Override
    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Reads bytes as Latin-1 chars up to "\n", "\r" or "\r\n". */
    @Override
    public final String readLine() throws IOException {
        StringBuilder input = new StringBuilder();
        int c = -1;
        boolean eol = false;
        while (!eol) {
            switch (c = read()) {
                case -1:
                case '\n':
                    eol = true;
                    break;
                case '\r':
                    eol = true;
                    long cur = getFilePointer();
                    if (read() != '\n') {
                        seek(cur);
                    }
                    break;
                default:
                    input.append((char) c);
                    break;
            }
        }
        if (c == -1 && input.length() == 0) {
            return null;
        }
        return input.toString();
    }

    @Override
    public final String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }

    @Override
    public final void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    @Override
    public final void writeByte(int v) throws IOException {
        write(v);
    }

    @Override
    public final void writeShort(int v) throws IOException {
        byte[] b = {(byte) (v >>> 8), (byte) v};
        write(b, 0, 2);
    }

    @Override
    public final void writeChar(int v) throws IOException {
        writeShort(v);
    }

    @Override
    public final void writeInt(int v) throws IOException {
        byte[] b = {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
        write(b, 0, 4);
    }

    @Override
    public final void writeLong(long v) throws IOException {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        write(b, 0, 8);
    }

    @Override
    public final void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public final void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public final void writeBytes(String s) throws IOException {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        write(b, 0, b.length);
    }

    @Override
    public final void writeChars(String s) throws IOException {
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) (c >>> 8);
            b[2 * i + 1] = (byte) c;
        }
        write(b, 0, b.length);
    }

    @Override
    public final void writeUTF(String str) throws IOException {
        byte[] b = ModifiedUtf8.encode(str);
        write(b, 0, b.length);
    }
}
