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
            malformedLength = 0;
            while (sp < sl && dp < dl) {
                int b = src[sp] & 0xff;
                if (b > limit && report) {
                    malformedLength = 1;
                    break;
                }
                dst[dp++] = b <= limit ? (char) b : '\uFFFD';
                sp++;
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
            errorLength = 0;
            while (sp < sl && dp < dl) {
                char c = src[sp];
                if (c <= limit) {
                    dst[dp++] = (byte) c;
                    sp++;
                    continue;
                }
                int len = 1;
                boolean malformed = false;
                if (Character.isHighSurrogate(c)) {
                    if (sp + 1 < sl) {
                        if (Character.isLowSurrogate(src[sp + 1])) {
                            len = 2;
                        } else {
                            malformed = true;
                        }
                    } else if (!endOfInput) {
                        break;
                    } else {
                        malformed = true;
                    }
                } else if (Character.isLowSurrogate(c)) {
                    malformed = true;
                }
                if (report) {
                    errorLength = len;
                    unmappable = !malformed;
                    break;
                }
                dst[dp++] = '?';
                sp += len;
            }
            srcPos = sp;
            dstPos = dp;
        }
    }
}
