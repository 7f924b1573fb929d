package java.io;

import crema.vm.FileSystem;

/** An output stream writing to a file or a file descriptor. */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private final String path;
    private boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        if (name == null) {
            throw new NullPointerException();
        }
        int d = FileSystem.open(name, append ? FileSystem.APPEND : FileSystem.WRITE);
        if (d < 0) {
            throw new FileNotFoundException(name + " (" + FileSystem.lastError() + ")");
        }
        this.fd = new FileDescriptor(d);
        this.path = name;
    }

    public FileOutputStream(FileDescriptor fdObj) {
        this.fd = fdObj;
        this.path = null;
    }

    public final FileDescriptor getFD() {
        return fd;
    }

    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        if (closed) {
            throw new IOException("Stream Closed");
        }
        if (FileSystem.write(fd.fd, b, off, len) < 0) {
            throw new IOException(FileSystem.lastError());
        }
    }

    public void close() throws IOException {
        if (!closed && path != null) {
            FileSystem.close(fd.fd);
        }
        closed = true;
    }

    /** Writes {@code s} encoded in the platform encoding. */
    void writeString(String s) {
        writeString0(fd.fd, s);
    }

    private static native void writeString0(int fd, String s);
}
