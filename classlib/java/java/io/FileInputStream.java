package java.io;

import crema.vm.FileSystem;

/** An input stream reading from a file or a file descriptor. */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;
    private byte[] one;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) {
            throw new NullPointerException();
        }
        this.fd = new FileDescriptor(FileOpener.open(name, FileSystem.READ));
        this.path = name;
    }

    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
        this.path = null;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream Closed");
        }
    }

    @Override
    public int read() throws IOException {
        if (one == null) {
            one = new byte[1];
        }
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : (one[0] & 0xff);
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
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

    /** Skips by moving the file position (reads past a pipe or terminal). */
    @Override
    public long skip(long n) throws IOException {
        ensureOpen();
        if (path != null) {
            long cur = FileSystem.position(fd.fd);
            if (cur >= 0) {
                long next = FileSystem.seek(fd.fd, cur + n);
                if (next < 0) {
                    throw new IOException(FileSystem.lastError());
                }
                return next - cur;
            }
        }
        return super.skip(n);
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        return FileSystem.available(fd.fd);
    }

    @Override
    public void close() throws IOException {
        if (!closed && path != null) {
            FileSystem.close(fd.fd);
        }
        closed = true;
    }
}
