package java.io;

/** The modified UTF-8 of DataInput.readUTF and DataOutput.writeUTF. */
final class ModifiedUtf8 {
    private ModifiedUtf8() {
    }

    /** The encoding of {@code s} behind a two-byte length. */
    static byte[] encode(String s) throws UTFDataFormatException {
        int strlen = s.length();
        long utflen = 0;
        for (int i = 0; i < strlen; i++) {
            char c = s.charAt(i);
            utflen += (c >= 0x0001 && c <= 0x007F) ? 1 : (c <= 0x07FF ? 2 : 3);
        }
        if (utflen > 65535) {
            throw new UTFDataFormatException("encoded string (" + s.substring(0, 8) + "..." + s.substring(strlen - 8)
                    + ") too long: " + utflen + " bytes");
        }
        byte[] out = new byte[(int) utflen + 2];
        int count = 0;
        out[count++] = (byte) (utflen >>> 8);
        out[count++] = (byte) utflen;
        for (int i = 0; i < strlen; i++) {
            char c = s.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                out[count++] = (byte) c;
            } else if (c <= 0x07FF) {
                out[count++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
                out[count++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[count++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
                out[count++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[count++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }

    /** Decodes {@code utflen} bytes read by readUTF. */
    static String decode(byte[] b, int utflen) throws UTFDataFormatException {
        char[] chars = new char[utflen];
        int count = 0;
        int n = 0;
        while (count < utflen) {
            int c = b[count] & 0xff;
            switch (c >> 4) {
                case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
                    count++;
                    chars[n++] = (char) c;
                    break;
                case 12: case 13: {
                    count += 2;
                    if (count > utflen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = b[count - 1];
                    if ((c2 & 0xC0) != 0x80) {
                        throw new UTFDataFormatException("malformed input around byte " + count);
                    }
                    chars[n++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
                    break;
                }
                case 14: {
                    count += 3;
                    if (count > utflen) {
                        throw new UTFDataFormatException("malformed input: partial character at end");
                    }
                    int c2 = b[count - 2];
                    int c3 = b[count - 1];
                    if (((c2 & 0xC0) != 0x80) || ((c3 & 0xC0) != 0x80)) {
                        throw new UTFDataFormatException("malformed input around byte " + (count - 1));
                    }
                    chars[n++] = (char) (((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
                    break;
                }
                default:
                    throw new UTFDataFormatException("malformed input around byte " + count);
            }
        }
        return new String(chars, 0, n);
    }
}
