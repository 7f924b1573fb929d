package sun.nio.fs;

import crema.vm.FileSystem;
import java.io.IOException;
import java.io.OutputStream;

/** The output stream of Files.newOutputStream: writes an open file descriptor and closes it at the end. */
public final class FdOutputStream extends OutputStream {
    private final int fd;
    private boolean closed;
    private byte[] one;

    public FdOutputStream(int fd) {
        this.fd = fd;
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
    public void write(byte[] b, int off, int len) throws IOException {
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
        if (closed) {
            throw new java.nio.channels.ClosedChannelException();
        }
        if (FileSystem.write(fd, b, off, len) < 0) {
            throw new IOException(FileSystem.lastError());
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            FileSystem.close(fd);
        }
    }
}
