package sun.nio.cs;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;

/** The reader of Files.newBufferedReader: decodes strictly (MalformedInputException on bad input). */
public final class DecodingReader extends Reader {
    private final StreamDecoder sd;

    public DecodingReader(InputStream in, Charset cs) {
        super(in);
        this.sd = new StreamDecoder(in, cs, true);
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
