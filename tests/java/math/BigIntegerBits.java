// Checks BigInteger two's-complement bit operations: shiftLeft/shiftRight
// (negative values round toward negative infinity, negative shift
// distances), and/or/xor/not/andNot, testBit/setBit/clearBit/flipBit,
// bitLength/bitCount/getLowestSetBit for positive and negative values,
// toString(radix), toByteArray and the byte[] constructors (signed and
// sign-magnitude), and error messages for negative bit indexes.
import java.math.BigInteger;
import java.util.Arrays;

public class BigIntegerBits {
    static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < b.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append(String.format("%02x", b[i] & 0xff));
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        BigInteger[] vals = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(255), BigInteger.valueOf(-256),
            BigInteger.valueOf(-129), BigInteger.valueOf(128), BigInteger.TWO.pow(64), BigInteger.TWO.pow(64).negate(),
            new BigInteger("-123456789abcdef0123", 16), BigInteger.valueOf(Long.MIN_VALUE)};
        for (BigInteger v : vals) {
            System.out.println(v + ": bitLength " + v.bitLength() + " bitCount " + v.bitCount() + " lowestSetBit " + v.getLowestSetBit()
                + " hex " + v.toString(16) + " bin " + v.toString(2) + " r36 " + v.toString(36) + " bytes " + bytes(v.toByteArray())
                + " back " + new BigInteger(v.toByteArray()).equals(v));
        }
        BigInteger n = BigInteger.valueOf(-100);
        BigInteger p = BigInteger.valueOf(100);
        for (int s : new int[] {0, 1, 3, 7, 70, -2}) {
            System.out.println("shift " + s + ": " + p.shiftLeft(s) + " " + p.shiftRight(s) + " " + n.shiftLeft(s) + " " + n.shiftRight(s));
        }
        System.out.println("-1 >> 100 = " + BigInteger.valueOf(-1).shiftRight(100) + " -7 >> 1 = " + BigInteger.valueOf(-7).shiftRight(1)
            + " (long: " + (-7L >> 1) + ") -7 / 2 = " + BigInteger.valueOf(-7).divide(BigInteger.TWO));
        BigInteger a = new BigInteger("1100110011001100110011001100110011001100110011001100110011001100110011", 2);
        BigInteger b = BigInteger.valueOf(-0x0F0F0F0FL);
        System.out.println("and " + a.and(b).toString(16) + " or " + a.or(b).toString(16) + " xor " + a.xor(b).toString(16)
            + " andNot " + a.andNot(b).toString(16) + " not " + a.not().toString(16) + " notb " + b.not());
        long[][] pairs = {{12, 10}, {-12, 10}, {12, -10}, {-12, -10}, {0, -1}, {Long.MIN_VALUE, -1}};
        for (long[] pr : pairs) {
            BigInteger x = BigInteger.valueOf(pr[0]), y = BigInteger.valueOf(pr[1]);
            boolean same = x.and(y).longValue() == (pr[0] & pr[1]) && x.or(y).longValue() == (pr[0] | pr[1])
                && x.xor(y).longValue() == (pr[0] ^ pr[1]) && x.not().longValue() == ~pr[0] && x.andNot(y).longValue() == (pr[0] & ~pr[1]);
            System.out.println(pr[0] + "," + pr[1] + ": and " + x.and(y) + " or " + x.or(y) + " xor " + x.xor(y) + " not " + x.not()
                + " matches long ops " + same);
        }
        BigInteger v = BigInteger.ZERO.setBit(0).setBit(5).setBit(100);
        System.out.println("setBit " + v + " testBit " + v.testBit(5) + v.testBit(6) + v.testBit(100) + v.testBit(1000)
            + " clearBit " + v.clearBit(100) + " flipBit " + v.flipBit(5) + " " + v.flipBit(6));
        BigInteger neg = BigInteger.valueOf(-8);
        System.out.println("negative bits testBit(0..4) " + neg.testBit(0) + neg.testBit(1) + neg.testBit(2) + neg.testBit(3) + neg.testBit(4)
            + " testBit(500) " + neg.testBit(500) + " setBit(0) " + neg.setBit(0) + " clearBit(3) " + neg.clearBit(3)
            + " clearBit(70) " + neg.clearBit(70) + " flipBit(64) " + neg.flipBit(64));
        try {
            BigInteger.ONE.testBit(-1);
        } catch (ArithmeticException e) {
            System.out.println("testBit(-1): " + e.getMessage());
        }
        try {
            BigInteger.ONE.setBit(-5);
        } catch (ArithmeticException e) {
            System.out.println("setBit(-5): " + e.getMessage());
        }
        System.out.println("signed bytes " + new BigInteger(new byte[] {(byte) 0xff, (byte) 0x00}) + " " + new BigInteger(new byte[] {0x7f, (byte) 0xff})
            + " " + new BigInteger(new byte[] {0, 0, 1}) + " offset " + new BigInteger(new byte[] {9, 9, (byte) 0x80, 1, 9}, 2, 2));
        System.out.println("sign-magnitude " + new BigInteger(1, new byte[] {(byte) 0xff, (byte) 0xff}) + " " + new BigInteger(-1, new byte[] {1, 0})
            + " " + new BigInteger(0, new byte[] {0, 0}) + " " + new BigInteger(1, new byte[0]));
        try {
            new BigInteger(0, new byte[] {1});
        } catch (NumberFormatException e) {
            System.out.println("signum 0 with magnitude: " + e.getMessage());
        }
        try {
            new BigInteger(2, new byte[] {1});
        } catch (NumberFormatException e) {
            System.out.println("signum 2: " + e.getMessage());
        }
        try {
            new BigInteger(new byte[0]);
        } catch (NumberFormatException e) {
            System.out.println("empty bytes: " + e.getMessage());
        }
        System.out.println("toString radix out of range " + BigInteger.valueOf(255).toString(99) + " " + BigInteger.valueOf(-255).toString(1));
        System.out.println("hex round trip " + new BigInteger(BigInteger.TWO.pow(127).subtract(BigInteger.ONE).toString(16), 16).bitLength()
            + " " + Arrays.equals(BigInteger.valueOf(-1).toByteArray(), new byte[] {(byte) 0xff}));
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        System.out.println("unsigned -1 as 64-bit " + BigInteger.valueOf(-1).and(mask) + " Long.toUnsignedString " + Long.toUnsignedString(-1L));
    }
}
