package java.io;

/** An output stream writing to a file descriptor. */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;

    public FileOutputStream(FileDescriptor fdObj) {
        this.fd = fdObj;
    }

    public final FileDescriptor getFD() {
        return fd;
    }

    public void write(int b) throws IOException {
        writeBytes(fd.fd, new byte[] {(byte) b}, 0, 1);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException();
        }
        writeBytes(fd.fd, b, off, len);
    }

    /** Writes {@code s} encoded in the platform encoding. */
    void writeString(String s) {
        writeString0(fd.fd, s);
    }

    private static native void writeBytes(int fd, byte[] b, int off, int len);

    private static native void writeString0(int fd, String s);
}
