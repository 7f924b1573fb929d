package sun.nio.cs;

/** UTF-16: UTF-16 with a byte-order mark (big-endian by default). */
public final class UTF_16 extends StandardCharset {
    public static final UTF_16 INSTANCE = new UTF_16();

    private UTF_16() {
        super("UTF-16", new String[] {"UTF_16", "utf16", "unicode", "UnicodeBig"}, "UTF-16");
    }

    @Override
    public int maxBytesPerChar() {
        return 2;
    }

    @Override
    public Decoder newByteDecoder() {
        return new Utf16.Utf16Decoder(Utf16.NONE);
    }

    @Override
    public Encoder newByteEncoder() {
        return new Utf16.Utf16Encoder(false, true);
    }
}
