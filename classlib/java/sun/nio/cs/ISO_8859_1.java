package sun.nio.cs;

/** ISO-8859-1 (Latin-1): bytes are the chars U+0000..U+00FF. */
public final class ISO_8859_1 extends StandardCharset {
    public static final ISO_8859_1 INSTANCE = new ISO_8859_1();

    private ISO_8859_1() {
        super("ISO-8859-1", new String[] {"819", "ISO8859-1", "l1", "ISO_8859-1:1987", "ISO_8859-1", "8859_1",
            "iso-ir-100", "latin1", "cp819", "ISO8859_1", "IBM819", "ISO_8859_1", "IBM-819", "csISOLatin1"},
            "ISO8859_1");
    }

    @Override
    public int maxBytesPerChar() {
        return 1;
    }

    @Override
    public boolean contains(java.nio.charset.Charset cs) {
        return cs instanceof ISO_8859_1 || cs instanceof US_ASCII;
    }

    @Override
    public Decoder newByteDecoder() {
        return new SingleByte.ByteDecoder(0xff);
    }

    @Override
    public Encoder newByteEncoder() {
        return new SingleByte.ByteEncoder(0xff);
    }
}
