package sun.nio.cs;

/**
 * Coders of the charsets whose chars below a limit are their own byte
 * values (ISO-8859-1 up to U+00FF, US-ASCII up to U+007F). Bytes above the
 * limit decode to U+FFFD; chars above it, and each surrogate pair, encode
 * as one '?'.
 */
final class SingleByte {
    private SingleByte() {
    }

    static final class ByteDecoder extends StandardCharset.Decoder {
        private final int limit;

        ByteDecoder(int limit) {
            this.limit = limit;
        }

        @Override
        public void decode(byte[] src, int sp, int sl, char[] dst, int dp, int dl, boolean endOfInput) {
            while (sp < sl && dp < dl) {
                int b = src[sp++] & 0xff;
                dst[dp++] = b <= limit ? (char) b : '\uFFFD';
            }
            srcPos = sp;
            dstPos = dp;
        }
    }

    static final class ByteEncoder extends StandardCharset.Encoder {
        private final int limit;

        ByteEncoder(int limit) {
            this.limit = limit;
        }

        @Override
        public void encode(char[] src, int sp, int sl, byte[] dst, int dp, int dl, boolean endOfInput) {
            while (sp < sl && dp < dl) {
                char c = src[sp];
                if (c <= limit) {
                    dst[dp++] = (byte) c;
                    sp++;
                    continue;
                }
                if (Character.isHighSurrogate(c)) {
                    if (sp + 1 < sl) {
                        if (Character.isLowSurrogate(src[sp + 1])) {
                            sp++;
                        }
                    } else if (!endOfInput) {
                        break;
                    }
                }
                dst[dp++] = '?';
                sp++;
            }
            srcPos = sp;
            dstPos = dp;
        }
    }
}
