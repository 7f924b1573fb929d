package sun.nio.cs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

/** The writer of Files.newBufferedWriter: encodes strictly (a CharacterCodingException for unencodable chars). */
public final class EncodingWriter extends Writer {
    private final StreamEncoder se;

    public EncodingWriter(OutputStream out, Charset cs) {
        super(out);
        this.se = new StreamEncoder(out, cs, true);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        se.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        se.write(str, off, len);
    }

    @Override
    public void flush() throws IOException {
        se.flush();
    }

    @Override
    public void close() throws IOException {
        se.close();
    }
}
