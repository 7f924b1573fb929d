package java.io;

import java.util.Iterator;

/** Reads several input streams one after another, closing each as it ends. */
public class SequenceInputStream extends InputStream {
    private final Iterator<? extends InputStream> streams;
    private InputStream in;

    public SequenceInputStream(InputStream s1, InputStream s2) {
        this.streams = java.util.Arrays.asList(s1, s2).iterator();
        peekNextStream();
    }

    private void nextStream() throws IOException {
        if (in != null) {
            in.close();
        }
        peekNextStream();
    }

    private void peekNextStream() {
        if (streams.hasNext()) {
            in = streams.next();
            if (in == null) {
                throw new NullPointerException();
            }
        } else {
            in = null;
        }
    }

    @Override
    public int available() throws IOException {
        return in == null ? 0 : in.available();
    }

    @Override
    public int read() throws IOException {
        while (in != null) {
            int c = in.read();
            if (c != -1) {
                return c;
            }
            nextStream();
        }
        return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (in == null) {
            return -1;
        }
        if (off < 0 || len < 0 || len > b.length - off) {
            throw new IndexOutOfBoundsException();
        }
        if (len == 0) {
            return 0;
        }
        do {
            int n = in.read(b, off, len);
            if (n > 0) {
                return n;
            }
            nextStream();
        } while (in != null);
        return -1;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        while (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
            peekNextStream();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
