package sun.nio.ch;

import crema.vm.FileSystem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The input stream of Files.newInputStream: reads an open file descriptor
 * and closes it at the end. On a directory (descriptor -1) reads fail with
 * "Is a directory", as they do on HotSpot.
 */
public final class ChannelInputStream extends InputStream {
    private final int fd;
    private boolean closed;
    private byte[] one;

    public ChannelInputStream(int fd) {
        this.fd = fd;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new java.nio.channels.ClosedChannelException();
        }
        if (fd < 0) {
            throw new IOException("Is a directory");
        }
    }

    @Override
    public int read() throws IOException {
        if (one == null) {
            one = new byte[1];
        }
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        int n = FileSystem.read(fd, b, off, len);
        if (n == -2) {
            throw new IOException(FileSystem.lastError());
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        ensureOpen();
        if (n <= 0) {
            return 0;
        }
        long pos = FileSystem.position(fd);
        long size = FileSystem.size(fd);
        long newPos = Math.min(size, pos + n);
        if (newPos <= pos) {
            return 0;
        }
        FileSystem.seek(fd, newPos);
        return newPos - pos;
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        long rem = FileSystem.size(fd) - FileSystem.position(fd);
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, rem));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (fd >= 0) {
                FileSystem.close(fd);
            }
        }
    }
}
