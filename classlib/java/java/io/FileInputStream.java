package java.io;

import crema.vm.FileSystem;

/** An input stream reading from a file or a file descriptor. */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private final String path;
    private boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        if (name == null) {
            throw new NullPointerException();
        }
        int d = FileSystem.open(name, FileSystem.READ);
        if (d < 0) {
            throw new FileNotFoundException(name + " (" + FileSystem.lastError() + ")");
        }
        this.fd = new FileDescriptor(d);
        this.path = name;
    }

    public FileInputStream(FileDescriptor fdObj) {
        this.fd = fdObj;
        this.path = null;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : (one[0] & 0xff);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return 0;
        }
        if (closed) {
            throw new IOException("Stream Closed");
        }
        int n = FileSystem.read(fd.fd, b, off, len);
        if (n == -2) {
            throw new IOException(FileSystem.lastError());
        }
        return n;
    }

    public int available() throws IOException {
        if (closed) {
            throw new IOException("Stream Closed");
        }
        return FileSystem.available(fd.fd);
    }

    public void close() throws IOException {
        if (!closed && path != null) {
            FileSystem.close(fd.fd);
        }
        closed = true;
    }
}
