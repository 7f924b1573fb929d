package java.io;

import java.nio.charset.Charset;

/** Charset lookup by name for the java.io classes, which report failures as UnsupportedEncodingException. */
final class Charsets {
    private Charsets() {
    }

    static Charset forJavaIoName(String name) throws UnsupportedEncodingException {
        Charset cs = sun.nio.cs.StandardCharset.lookup(name);
        if (cs == null) {
            throw new UnsupportedEncodingException(name);
        }
        return cs;
    }
}
