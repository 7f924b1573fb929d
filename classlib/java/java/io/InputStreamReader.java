package java.io;

import java.nio.charset.Charset;
import sun.nio.cs.StreamDecoder;

/** A reader decoding the bytes of an input stream in a charset (UTF-8 by default). */
public class InputStreamReader extends Reader {
    private final StreamDecoder sd;

    public InputStreamReader(InputStream in) {
        super(in);
        sd = new StreamDecoder(in, Charset.defaultCharset(), false);
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        super(in);
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        sd = new StreamDecoder(in, Charsets.forJavaIoName(charsetName), false);
    }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        if (cs == null) {
            throw new NullPointerException("charset");
        }
        sd = new StreamDecoder(in, cs, false);
    }

    /** The historical name of the charset ("UTF8", "ISO8859_1"...), or null once closed. */
    public String getEncoding() {
        return sd.encodingName();
    }

    @Override
    public int read() throws IOException {
        return sd.read();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        return sd.read(cbuf, off, len);
    }

    @Override
    public boolean ready() throws IOException {
        return sd.ready();
    }

    @Override
    public void close() throws IOException {
        sd.close();
    }
}
