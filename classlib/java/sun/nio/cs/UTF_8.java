package sun.nio.cs;

/**
 * UTF-8. Malformed input becomes one U+FFFD per maximal ill-formed
 * subsequence (overlong forms, encoded surrogates and code points above
 * U+10FFFF included); unpaired surrogates encode as '?'.
 */
public final class UTF_8 extends StandardCharset {
    public static final UTF_8 INSTANCE = new UTF_8();

    private UTF_8() {
        super("UTF-8", new String[] {"unicode-1-1-utf-8", "UTF8"}, "UTF8");
    }

    @Override
    public int maxBytesPerChar() {
        return 3;
    }

    @Override
    public Decoder newByteDecoder() {
        return new Utf8Decoder();
    }

    @Override
    public Encoder newByteEncoder() {
        return new Utf8Encoder();
    }

    private static boolean notContinuation(int b) {
        return (b & 0xc0) != 0x80;
    }

    private static final class Utf8Decoder extends Decoder {
        @Override
        public void decode(byte[] src, int sp, int sl, char[] dst, int dp, int dl, boolean endOfInput) {
            malformedLength = 0;
            while (sp < sl && dp < dl) {
                int b1 = src[sp] & 0xff;
                if (b1 < 0x80) {
                    dst[dp++] = (char) b1;
                    sp++;
                    continue;
                }
                int avail = sl - sp;
                int len;
                int cp = -1;
                if (b1 >= 0xc2 && b1 <= 0xdf) {
                    if (avail < 2) {
                        if (!endOfInput) {
                            break;
                        }
                        len = avail;
                    } else {
                        int b2 = src[sp + 1] & 0xff;
                        if (notContinuation(b2)) {
                            len = 1;
                        } else {
                            cp = ((b1 & 0x1f) << 6) | (b2 & 0x3f);
                            len = 2;
                        }
                    }
                } else if (b1 >= 0xe0 && b1 <= 0xef) {
                    int b2 = avail >= 2 ? src[sp + 1] & 0xff : 0;
                    if (avail >= 2 && ((b1 == 0xe0 && (b2 & 0xe0) == 0x80) || notContinuation(b2))) {
                        len = 1;
                    } else if (avail < 3) {
                        if (!endOfInput) {
                            break;
                        }
                        len = avail;
                    } else if (notContinuation(src[sp + 2] & 0xff)) {
                        len = 2;
                    } else {
                        int c = ((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (src[sp + 2] & 0x3f);
                        cp = Character.isSurrogate((char) c) ? -1 : c;
                        len = 3;
                    }
                } else if (b1 >= 0xf0 && b1 <= 0xf4) {
                    int b2 = avail >= 2 ? src[sp + 1] & 0xff : 0;
                    if (avail >= 2 && ((b1 == 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (b1 == 0xf4 && (b2 & 0xf0) != 0x80)
                            || notContinuation(b2))) {
                        len = 1;
                    } else if (avail >= 3 && notContinuation(src[sp + 2] & 0xff)) {
                        len = 2;
                    } else if (avail < 4) {
                        if (!endOfInput) {
                            break;
                        }
                        len = avail;
                    } else if (notContinuation(src[sp + 3] & 0xff)) {
                        len = 3;
                    } else {
                        cp = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((src[sp + 2] & 0x3f) << 6)
                                | (src[sp + 3] & 0x3f);
                        len = 4;
                    }
                } else {
                    len = 1;
                }
                if (cp < 0) {
                    if (report) {
                        malformedLength = len;
                        break;
                    }
                    dst[dp++] = '\uFFFD';
                } else if (cp >= 0x10000) {
                    if (dl - dp < 2) {
                        break;
                    }
                    dst[dp++] = Character.highSurrogate(cp);
                    dst[dp++] = Character.lowSurrogate(cp);
                } else {
                    dst[dp++] = (char) cp;
                }
                sp += len;
            }
            srcPos = sp;
            dstPos = dp;
        }
    }

    private static final class Utf8Encoder extends Encoder {
        @Override
        public void encode(char[] src, int sp, int sl, byte[] dst, int dp, int dl, boolean endOfInput) {
            errorLength = 0;
            while (sp < sl && dl - dp >= 6) {
                char c = src[sp];
                if (c < 0x80) {
                    dst[dp++] = (byte) c;
                    sp++;
                } else if (c < 0x800) {
                    dst[dp++] = (byte) (0xc0 | (c >> 6));
                    dst[dp++] = (byte) (0x80 | (c & 0x3f));
                    sp++;
                } else if (Character.isHighSurrogate(c)) {
                    if (sp + 1 < sl) {
                        char d = src[sp + 1];
                        if (Character.isLowSurrogate(d)) {
                            int cp = Character.toCodePoint(c, d);
                            dst[dp++] = (byte) (0xf0 | (cp >> 18));
                            dst[dp++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                            dst[dp++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                            dst[dp++] = (byte) (0x80 | (cp & 0x3f));
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
                    dst[dp++] = '?';
                    sp++;
                } else if (Character.isLowSurrogate(c)) {
                    if (report) {
                        errorLength = 1;
                        break;
                    }
                    dst[dp++] = '?';
                    sp++;
                } else {
                    dst[dp++] = (byte) (0xe0 | (c >> 12));
                    dst[dp++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    dst[dp++] = (byte) (0x80 | (c & 0x3f));
                    sp++;
                }
            }
            srcPos = sp;
            dstPos = dp;
        }
    }
}
