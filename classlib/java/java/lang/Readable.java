package java.lang;

import java.io.IOException;

/** A source of characters that can be read into a CharBuffer. */
public interface Readable {
    /** Reads chars into {@code cb}: the number read, or -1 at the end. */
    int read(java.nio.CharBuffer cb) throws IOException;
}
