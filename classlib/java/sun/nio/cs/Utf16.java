package sun.nio.cs;

/**
 * Coders of UTF-16 in either byte order. The decoder of plain "UTF-16"
 * reads a leading byte-order mark (big-endian without one); its encoder
 * writes FE FF before the first char. Unpaired surrogates decode and encode
 * as U+FFFD (a high surrogate followed by something else takes the
 * following unit with it when decoding, as HotSpot's decoder does).
 */
final class Utf16 {
    static final int NONE = 0;
    static final int BIG = 1;
    static final int LITTLE = 2;

    private Utf16() {
    }

    static final class Utf16Decoder extends StandardCharset.Decoder {
        private int order;

        Utf16Decoder(int order) {
            this.order = order;
        }

        private char unit(byte[] src, int i) {
            int b1 = src[i] & 0xff;
            int b2 = src[i + 1] & 0xff;
            return order == LITTLE ? (char) ((b2 << 8) | b1) : (char) ((b1 << 8) | b2);
        }

        @Override
        public void decode(byte[] src, int sp, int sl, char[] dst, int dp, int dl, boolean endOfInput) {
            malformedLength = 0;
            if (order == NONE && sl - sp >= 2) {
                int mark = ((src[sp] & 0xff) << 8) | (src[sp + 1] & 0xff);
                if (mark == 0xfeff) {
                    order = BIG;
                    sp += 2;
                } else if (mark == 0xfffe) {
                    order = LITTLE;
                    sp += 2;
                } else {
                    order = BIG;
                }
            }
            while (dp < dl && sl - sp >= 2) {
                char c = unit(src, sp);
                if (!Character.isSurrogate(c)) {
                    dst[dp++] = c;
                    sp += 2;
                } else if (Character.isHighSurrogate(c)) {
                    if (sl - sp < 4) {
                        break;
                    }
                    char d = unit(src, sp + 2);
                    if (Character.isLowSurrogate(d)) {
                        if (dl - dp < 2) {
                            break;
                        }
                        dst[dp++] = c;
                        dst[dp++] = d;
                    } else {
                        if (report) {
                            malformedLength = 4;
                            break;
                        }
                        dst[dp++] = '\uFFFD';
                    }
                    sp += 4;
                } else {
                    if (report) {
                        malformedLength = 2;
                        break;
                    }
                    dst[dp++] = '\uFFFD';
                    sp += 2;
                }
            }
            if (endOfInput && malformedLength == 0 && sp < sl && dp < dl
                    && (sl - sp < 2 || (sl - sp < 4 && Character.isHighSurrogate(unit(src, sp))))) {
                if (report) {
                    malformedLength = sl - sp;
                } else {
                    dst[dp++] = '\uFFFD';
                    sp = sl;
                }
            }
            srcPos = sp;
            dstPos = dp;
        }
    }

    static final class Utf16Encoder extends StandardCharset.Encoder {
        private final boolean little;
        private boolean needsMark;

        Utf16Encoder(boolean little, boolean mark) {
            this.little = little;
            this.needsMark = mark;
        }

        private int put(byte[] dst, int dp, char c) {
            if (little) {
                dst[dp] = (byte) c;
                dst[dp + 1] = (byte) (c >> 8);
            } else {
                dst[dp] = (byte) (c >> 8);
                dst[dp + 1] = (byte) c;
            }
            return dp + 2;
        }

        @Override
        public void encode(char[] src, int sp, int sl, byte[] dst, int dp, int dl, boolean endOfInput) {
            errorLength = 0;
            if (needsMark && sp < sl && dl - dp >= 6) {
                dp = put(dst, dp, '\uFEFF');
                needsMark = false;
            }
            while (sp < sl && dl - dp >= 6) {
                char c = src[sp];
                if (!Character.isSurrogate(c)) {
                    dp = put(dst, dp, c);
                    sp++;
                } else if (Character.isHighSurrogate(c)) {
                    if (sp + 1 < sl) {
                        char d = src[sp + 1];
                        if (Character.isLowSurrogate(d)) {
                            dp = put(dst, dp, c);
                            dp = put(dst, dp, d);
                            sp += 2;
                            continue;
                        }
                    } else if (!endOfInput) {
                        break;
                    }
                    if (report) {
                        errorLength = 1;
                        break;
                    }
                    dp = put(dst, dp, '\uFFFD');
                    sp++;
                } else {
                    if (report) {
                        errorLength = 1;
                        break;
                    }
                    dp = put(dst, dp, '\uFFFD');
                    sp++;
                }
            }
            srcPos = sp;
            dstPos = dp;
        }
    }
}
