package sun.nio.cs;

/** UTF-16BE: UTF-16 big-endian, without a byte-order mark. */
public final class UTF_16BE extends StandardCharset {
    public static final UTF_16BE INSTANCE = new UTF_16BE();

    private UTF_16BE() {
        super("UTF-16BE", new String[] {"X-UTF-16BE", "UTF_16BE", "ISO-10646-UCS-2", "UnicodeBigUnmarked"}, "UnicodeBigUnmarked");
    }

    @Override
    public int maxBytesPerChar() {
        return 2;
    }

    @Override
    public Decoder newByteDecoder() {
        return new Utf16.Utf16Decoder(Utf16.BIG);
    }

    @Override
    public Encoder newByteEncoder() {
        return new Utf16.Utf16Encoder(false, false);
    }
}
