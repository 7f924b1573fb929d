package sun.nio.cs;

/** UTF-16LE: UTF-16 little-endian, without a byte-order mark. */
public final class UTF_16LE extends StandardCharset {
    public static final UTF_16LE INSTANCE = new UTF_16LE();

    private UTF_16LE() {
        super("UTF-16LE", new String[] {"UnicodeLittleUnmarked", "UTF_16LE", "X-UTF-16LE"}, "UnicodeLittleUnmarked");
    }

    @Override
    public int maxBytesPerChar() {
        return 2;
    }

    @Override
    public Decoder newByteDecoder() {
        return new Utf16.Utf16Decoder(Utf16.LITTLE);
    }

    @Override
    public Encoder newByteEncoder() {
        return new Utf16.Utf16Encoder(true, false);
    }
}
