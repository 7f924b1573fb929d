package java.io;

/** An input stream reading from a file descriptor. */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;

    public FileInputStream(FileDescriptor fdObj) {
        this.fd = fdObj;
    }

    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = readBytes(fd.fd, one, 0, 1);
        return n <= 0 ? -1 : (one[0] & 0xff);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return 0;
        }
        return readBytes(fd.fd, b, off, len);
    }

    public int available() throws IOException {
        return available0(fd.fd);
    }

    private static native int readBytes(int fd, byte[] b, int off, int len);

    private static native int available0(int fd);
}
