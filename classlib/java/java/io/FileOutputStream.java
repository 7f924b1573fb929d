package java.io;

import crema.vm.FileSystem;

/** An output stream writing to a file (truncated, or appended to) or a file descriptor. */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;
    private byte[] one;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) {
            throw new NullPointerException();
        }
        this.fd = new FileDescriptor(FileOpener.open(name, append ? FileSystem.APPEND : FileSystem.WRITE));
        this.path = name;
    }

    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
        this.path = null;
    }

    public final FileDescriptor getFD() {
        return fd;
    }

    @Override
    public void write(int b) throws IOException {
        if (one == null) {
            one = new byte[1];
        }
        one[0] = (byte) b;
        write(one, 0, 1);
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
        if (closed) {
            throw new IOException("Stream Closed");
        }
        if (FileSystem.write(fd.fd, b, off, len) < 0) {
            throw new IOException(FileSystem.lastError());
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed && path != null) {
            FileSystem.close(fd.fd);
        }
        closed = true;
    }

    /** Writes {@code s} encoded in the platform encoding (UTF-8) in one step. */
    void writeString(String s) throws IOException {
        if (closed) {
            throw new IOException("Stream Closed");
        }
        writeString0(fd.fd, s);
    }

    private static native void writeString0(int fd, String s);
}
