package sun.nio.cs;

/** US-ASCII: the seven-bit chars U+0000..U+007F. */
public final class US_ASCII extends StandardCharset {
    public static final US_ASCII INSTANCE = new US_ASCII();

    private US_ASCII() {
        super("US-ASCII", new String[] {"iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ASCII", "iso_646.irv:1983",
            "ANSI_X3.4-1968", "ISO646-US", "default", "cp367", "csASCII", "646", "us", "IBM367", "ascii7"},
            "ASCII");
    }

    @Override
    public int maxBytesPerChar() {
        return 1;
    }

    @Override
    public boolean contains(java.nio.charset.Charset cs) {
        return cs instanceof US_ASCII;
    }

    @Override
    public Decoder newByteDecoder() {
        return new SingleByte.ByteDecoder(0x7f);
    }

    @Override
    public Encoder newByteEncoder() {
        return new SingleByte.ByteEncoder(0x7f);
    }
}
