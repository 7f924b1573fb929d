public class HexStrings {
    static String hexDump(byte[] data) {
        StringBuilder sb = new StringBuilder();
        for (int off = 0; off < data.length; off += 8) {
            sb.append(String.format("%04x: ", off));
            StringBuilder ascii = new StringBuilder();
            for (int i = off; i < off + 8; i++) {
                if (i < data.length) {
                    sb.append(String.format("%02x ", data[i] & 0xFF));
                    char c = (char) (data[i] & 0xFF);
                    ascii.append(c >= 32 && c < 127 ? c : '.');
                } else {
                    sb.append("   ");
                }
            }
            sb.append(' ').append(ascii).append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, 15, 16, 255, 256, 4095, -1, -16, -256, 0x7fffffff, 0x80000000, 0xCAFEBABE};
        for (int v : ints) {
            System.out.println(v + " hex=" + Integer.toHexString(v) + " HEX=" + Integer.toHexString(v).toUpperCase() + " oct="
                + Integer.toOctalString(v) + " bin=" + Integer.toBinaryString(v) + " fmt=" + String.format("%08X", v));
        }
        long[] longs = {0L, -1L, 0xDEADBEEFL, 0xDEADBEEFCAFEL, Long.MIN_VALUE, 1L << 62};
        for (long v : longs) {
            System.out.println(v + " hex=" + Long.toHexString(v) + " oct=" + Long.toOctalString(v) + " binlen=" + Long.toBinaryString(v).length()
                + " fmt=" + String.format("%016x", v));
        }
        byte[] data = new byte[21];
        String msg = "Hello, crema!\n";
        for (int i = 0; i < msg.length(); i++) data[i] = (byte) msg.charAt(i);
        for (int i = msg.length(); i < data.length; i++) data[i] = (byte) (i * 37);
        System.out.print(hexDump(data));
        // parse back
        String[] hexes = {"ff", "7FFFFFFF", "-80000000", "0", "cafe", "FFFFFFFF"};
        for (String h : hexes) {
            try {
                System.out.println(h + " -> " + Integer.parseInt(h, 16));
            } catch (NumberFormatException e) {
                System.out.println(h + " -> NumberFormatException: " + e.getMessage());
            }
            System.out.println(h + " as long -> " + Long.parseLong(h, 16));
        }
        System.out.println((int) Long.parseLong("FFFFFFFF", 16) + " " + (int) 0xFFFFFFFFL);
        // binary strings with padding
        for (int v = 0; v < 8; v++) {
            String bin = Integer.toBinaryString(v);
            while (bin.length() < 4) bin = "0" + bin;
            System.out.print(bin + " ");
        }
        System.out.println();
        // Character.forDigit based conversion table
        StringBuilder digits = new StringBuilder();
        for (int d = 0; d < 36; d++) digits.append(Character.forDigit(d, 36));
        System.out.println(digits + " " + digits.toString().toUpperCase());
    }
}
