package sun.nio.cs;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;

/**
 * The charsets crema supports (UTF-8, UTF-16 with and without a byte-order
 * mark, ISO-8859-1 and US-ASCII), with the incremental coders that String
 * and the java.io bridges use. Malformed input decodes to U+FFFD and
 * unmappable characters encode to the charset's replacement, as HotSpot's
 * coders do with the REPLACE action.
 */
public abstract class StandardCharset extends Charset {
    private final String historicalName;
    private final String[] aliasNames;

    protected StandardCharset(String name, String[] aliases, String historicalName) {
        super(name, aliases);
        this.historicalName = historicalName;
        this.aliasNames = aliases;
    }

    /** The java.io name (InputStreamReader.getEncoding), e.g. "UTF8". */
    public final String historicalName() {
        return historicalName;
    }

    /** A fresh decoder (decoders of some charsets keep state). */
    public abstract Decoder newByteDecoder();

    /** A fresh encoder. */
    public abstract Encoder newByteEncoder();

    /** The most bytes one char can encode to (a leading byte-order mark aside). */
    public abstract int maxBytesPerChar();

    @Override
    public boolean contains(Charset cs) {
        return true;
    }

    /** Turns bytes into chars. */
    public abstract static class Decoder {
        /** Where the last decode call stopped in its source. */
        public int srcPos;
        /** Where the last decode call stopped in its destination. */
        public int dstPos;
        /** Whether malformed input stops decoding (instead of becoming U+FFFD). */
        public boolean report;
        /** With {@link #report}: the length of the malformed input at srcPos, or 0. */
        public int malformedLength;

        /**
         * Decodes {@code src[sp, sl)} into {@code dst[dp, dl)}, stopping when
         * the destination is full or the source is used up. Without
         * {@code endOfInput} an incomplete sequence at the end of the source
         * is left unread (srcPos stops before it); with it, such a sequence
         * decodes to one U+FFFD.
         */
        public abstract void decode(byte[] src, int sp, int sl, char[] dst, int dp, int dl, boolean endOfInput);
    }

    /** Turns chars into bytes. */
    public abstract static class Encoder {
        public int srcPos;
        public int dstPos;
        /** Whether unencodable input stops encoding (instead of becoming a replacement). */
        public boolean report;
        /** With {@link #report}: the length of the unencodable input at srcPos, or 0. */
        public int errorLength;
        /** With {@link #report}: whether that input is legal but unmappable (else malformed). */
        public boolean unmappable;

        /**
         * Encodes {@code src[sp, sl)} into {@code dst[dp, dl)}, stopping when
         * fewer than 6 bytes of room are left or the source is used up.
         * Without {@code endOfInput} a high surrogate ending the source is
         * left unread, as its pair may follow.
         */
        public abstract void encode(char[] src, int sp, int sl, byte[] dst, int dp, int dl, boolean endOfInput);
    }

    /** The StandardCharset behind {@code cs}. */
    public static StandardCharset of(Charset cs) {
        if (cs instanceof StandardCharset) {
            return (StandardCharset) cs;
        }
        StandardCharset s = lookup(cs.name());
        if (s == null) {
            throw new UnsupportedOperationException("charset " + cs.name() + " has no coder in crema");
        }
        return s;
    }

    /** The charset called {@code name} (case-insensitively, aliases included), or null. */
    public static StandardCharset lookup(String name) {
        StandardCharset[] all = all();
        for (int i = 0; i < all.length; i++) {
            StandardCharset cs = all[i];
            if (cs.name().equalsIgnoreCase(name)) {
                return cs;
            }
        }
        for (int i = 0; i < all.length; i++) {
            StandardCharset cs = all[i];
            for (String alias : cs.aliasNames) {
                if (alias.equalsIgnoreCase(name)) {
                    return cs;
                }
            }
        }
        return null;
    }

    /** Every supported charset, in name order. */
    public static StandardCharset[] all() {
        return new StandardCharset[] {ISO_8859_1.INSTANCE, US_ASCII.INSTANCE, UTF_16.INSTANCE, UTF_16BE.INSTANCE,
            UTF_16LE.INSTANCE, UTF_8.INSTANCE};
    }

    /** Decodes {@code b[off, off+len)} completely. */
    public static char[] decode(Charset cs, byte[] b, int off, int len) {
        Decoder d = of(cs).newByteDecoder();
        char[] dst = new char[len];
        d.decode(b, off, off + len, dst, 0, len, true);
        if (d.dstPos == len) {
            return dst;
        }
        char[] r = new char[d.dstPos];
        System.arraycopy(dst, 0, r, 0, d.dstPos);
        return r;
    }

    /** Decodes {@code b[off, off+len)} completely, throwing MalformedInputException at malformed input. */
    public static char[] decodeStrict(Charset cs, byte[] b, int off, int len) throws CharacterCodingException {
        Decoder d = of(cs).newByteDecoder();
        d.report = true;
        char[] dst = new char[len];
        d.decode(b, off, off + len, dst, 0, len, true);
        if (d.malformedLength > 0) {
            throw new MalformedInputException(d.malformedLength);
        }
        if (d.dstPos == len) {
            return dst;
        }
        char[] r = new char[d.dstPos];
        System.arraycopy(dst, 0, r, 0, d.dstPos);
        return r;
    }

    /** Encodes {@code c[off, off+len)} completely, throwing at malformed or unmappable input. */
    public static byte[] encodeStrict(Charset cs, char[] c, int off, int len) throws CharacterCodingException {
        StandardCharset s = of(cs);
        Encoder e = s.newByteEncoder();
        e.report = true;
        byte[] dst = new byte[len * s.maxBytesPerChar() + 8];
        e.encode(c, off, off + len, dst, 0, dst.length, true);
        if (e.errorLength > 0) {
            throw e.unmappable ? new UnmappableCharacterException(e.errorLength)
                    : new MalformedInputException(e.errorLength);
        }
        byte[] r = new byte[e.dstPos];
        System.arraycopy(dst, 0, r, 0, e.dstPos);
        return r;
    }

    /** Encodes {@code c[off, off+len)} completely. */
    public static byte[] encode(Charset cs, char[] c, int off, int len) {
        StandardCharset s = of(cs);
        Encoder e = s.newByteEncoder();
        byte[] dst = new byte[len * s.maxBytesPerChar() + 8];
        e.encode(c, off, off + len, dst, 0, dst.length, true);
        byte[] r = new byte[e.dstPos];
        System.arraycopy(dst, 0, r, 0, e.dstPos);
        return r;
    }
}
