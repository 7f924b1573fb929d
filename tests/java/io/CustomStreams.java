// Checks InputStream/OutputStream/Reader/Writer subclasses written by the
// test: the inherited default methods (read(byte[]), read(byte[],off,len),
// skip, readAllBytes, transferTo, write(byte[]), Reader.read(char[]),
// Writer.write(String), append) are built on the subclass's single abstract
// method; FilterInputStream/FilterOutputStream/FilterReader wrappers;
// close() via try-with-resources and the order of close calls; a counting
// stream, an upper-casing writer and a ROT13 reader.
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class CustomStreams {
    static final List<String> log = new ArrayList<>();

    /** Produces the bytes 0, 1, 2, ... limit-1 one read() at a time. */
    static final class CountingInput extends InputStream {
        private final int limit;
        private int next;
        int readCalls;
        CountingInput(int limit) { this.limit = limit; }
        @Override public int read() {
            readCalls++;
            return next < limit ? next++ : -1;
        }
        @Override public void close() { log.add("CountingInput.close"); }
    }

    /** Records every byte written, one write(int) at a time. */
    static final class RecordingOutput extends OutputStream {
        final StringBuilder seen = new StringBuilder();
        int writeCalls;
        @Override public void write(int b) {
            writeCalls++;
            seen.append(b & 0xff).append(',');
        }
        @Override public void flush() { log.add("RecordingOutput.flush"); }
        @Override public void close() { log.add("RecordingOutput.close"); }
    }

    /** Upper-cases everything written through it. */
    static final class UpperWriter extends Writer {
        final StringBuilder sb = new StringBuilder();
        int chunks;
        @Override public void write(char[] cbuf, int off, int len) {
            chunks++;
            for (int i = off; i < off + len; i++) sb.append(Character.toUpperCase(cbuf[i]));
        }
        @Override public void flush() { log.add("UpperWriter.flush"); }
        @Override public void close() { log.add("UpperWriter.close"); }
    }

    /** A reader serving a string in chunks of at most 3 chars. */
    static final class ChunkReader extends Reader {
        private final String s;
        private int pos;
        ChunkReader(String s) { this.s = s; }
        @Override public int read(char[] cbuf, int off, int len) {
            if (pos >= s.length()) return -1;
            int n = Math.min(Math.min(len, 3), s.length() - pos);
            s.getChars(pos, pos + n, cbuf, off);
            pos += n;
            return n;
        }
        @Override public void close() { log.add("ChunkReader.close"); }
    }

    static final class Rot13Reader extends FilterReader {
        Rot13Reader(Reader in) { super(in); }
        static int rot(int c) {
            if (c >= 'a' && c <= 'z') return 'a' + (c - 'a' + 13) % 26;
            if (c >= 'A' && c <= 'Z') return 'A' + (c - 'A' + 13) % 26;
            return c;
        }
        @Override public int read() throws IOException {
            int c = super.read();
            return c < 0 ? c : rot(c);
        }
        @Override public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            for (int i = off; i < off + Math.max(n, 0); i++) cbuf[i] = (char) rot(cbuf[i]);
            return n;
        }
    }

    static final class XorInput extends FilterInputStream {
        XorInput(InputStream in) { super(in); }
        @Override public int read() throws IOException {
            int b = super.read();
            return b < 0 ? b : (b ^ 0x20);
        }
        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + Math.max(n, 0); i++) b[i] ^= 0x20;
            return n;
        }
        @Override public void close() throws IOException {
            log.add("XorInput.close");
            super.close();
        }
    }

    static final class SumOutput extends FilterOutputStream {
        int sum;
        SumOutput(OutputStream out) { super(out); }
        @Override public void write(int b) throws IOException {
            sum += b & 0xff;
            super.write(b);
        }
    }

    public static void main(String[] args) throws IOException {
        CountingInput ci = new CountingInput(10);
        System.out.println("read: " + ci.read() + " " + ci.read());
        byte[] buf = new byte[4];
        int n = ci.read(buf);
        System.out.println("read(byte[4]) -> " + n + " " + Arrays.toString(buf) + " calls " + ci.readCalls);
        System.out.println("skip(2) -> " + ci.skip(2) + " available (default) " + ci.available() + " markSupported " + ci.markSupported());
        n = ci.read(buf, 1, 3);
        System.out.println("read(buf,1,3) -> " + n + " " + Arrays.toString(buf));
        n = ci.read(buf);
        System.out.println("read near end -> " + n + " " + Arrays.toString(buf));
        System.out.println("read at end -> " + ci.read(buf) + " " + ci.read());
        try {
            ci.reset();
        } catch (IOException e) {
            System.out.println("default reset: " + e.getMessage());
        }
        System.out.println("readAllBytes: " + Arrays.toString(new CountingInput(5).readAllBytes()));
        System.out.println("readNBytes(3): " + Arrays.toString(new CountingInput(5).readNBytes(3)));
        RecordingOutput ro = new RecordingOutput();
        System.out.println("transferTo: " + new CountingInput(4).transferTo(ro) + " -> " + ro.seen + " writeCalls " + ro.writeCalls);

        RecordingOutput rec = new RecordingOutput();
        rec.write(new byte[] {1, -2, 3});
        rec.write(new byte[] {9, 8, 7, 6}, 1, 2);
        rec.write(300);
        System.out.println("RecordingOutput: " + rec.seen + " writeCalls " + rec.writeCalls);
        try {
            rec.write(new byte[2], 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad range: " + e.getClass().getSimpleName());
        }

        UpperWriter uw = new UpperWriter();
        uw.write("hello ");
        uw.write('w');
        uw.write("xxorldxx", 2, 4);
        uw.append("!").append('?').append("abc", 1, 2);
        uw.write(new char[] {'e', 'n', 'd'});
        System.out.println("UpperWriter: " + uw.sb + " chunks " + uw.chunks);

        ChunkReader cr = new ChunkReader("abcdefghij");
        char[] cbuf = new char[8];
        n = cr.read(cbuf);
        System.out.println("ChunkReader read(char[8]) -> " + n + " [" + new String(cbuf, 0, n) + "]");
        System.out.println("single read(): " + (char) cr.read() + " skip(2) " + cr.skip(2) + " ready " + cr.ready());
        StringBuilder rest = new StringBuilder();
        while ((n = cr.read(cbuf)) > 0) rest.append(new String(cbuf, 0, n)).append('|');
        System.out.println("rest in chunks: " + rest);
        UpperWriter sink = new UpperWriter();
        System.out.println("Reader.transferTo: " + new ChunkReader("transfer").transferTo(sink) + " " + sink.sb);

        Rot13Reader rot = new Rot13Reader(new StringReader("Hello, World! Uryyb"));
        StringBuilder decoded = new StringBuilder();
        decoded.append((char) rot.read());
        n = rot.read(cbuf, 0, 8);
        decoded.append(cbuf, 0, n);
        int c;
        while ((c = rot.read()) != -1) decoded.append((char) c);
        System.out.println("ROT13: " + decoded);

        try (XorInput xi = new XorInput(new CountingInput(0))) {
            System.out.println("XorInput over empty: " + xi.read());
        }
        System.out.println("close order: " + log);
        log.clear();
        XorInput xi = new XorInput(new java.io.ByteArrayInputStream("Mixed Case".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        byte[] xb = new byte[20];
        n = xi.read(xb);
        System.out.println("XorInput swaps case: " + new String(xb, 0, n, java.nio.charset.StandardCharsets.US_ASCII));

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        SumOutput so = new SumOutput(bos);
        so.write(new byte[] {1, 2, 3, (byte) 200});
        so.write(new byte[] {10, 20, 30}, 1, 2);
        System.out.println("SumOutput sum " + so.sum + " bytes " + Arrays.toString(bos.toByteArray()));

        try (RecordingOutput a = new RecordingOutput(); UpperWriter b = new UpperWriter(); ChunkReader d = new ChunkReader("")) {
            log.add("body");
            a.flush();
            b.flush();
        }
        System.out.println("try-with-resources close order: " + log);
        log.clear();
        try (RecordingOutput a = new RecordingOutput()) {
            log.add("body throws");
            throw new IOException("boom");
        } catch (IOException e) {
            log.add("caught " + e.getMessage());
        }
        System.out.println("close before catch: " + log);
        OutputStream nos = OutputStream.nullOutputStream();
        nos.write(new byte[100]);
        nos.close();
        try {
            nos.write(1);
        } catch (IOException e) {
            System.out.println("nullOutputStream closed: " + e.getMessage());
        }
        Writer nw = Writer.nullWriter();
        nw.write("ignored");
        System.out.println("nullWriter ok; nullReader read: " + Reader.nullReader().read());
    }
}
