package java.math;

import java.util.Random;

/**
 * Immutable arbitrary-precision integers. crema keeps a sign (-1, 0, 1)
 * and a magnitude of 32-bit words, least significant first (see
 * {@link Mag}); the bit operations behave as if the value were stored in
 * two's complement with infinite sign extension.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long MASK = 0xFFFFFFFFL;

    /** Digits of each radix that the string conversions handle per int word. */
    private static final int[] DIGITS_PER_INT = {
        0, 0, 30, 19, 15, 13, 11, 11, 10, 9, 9, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6,
        6, 6, 6, 6, 5
    };

    private static final BigInteger[] CACHE = new BigInteger[33];

    static {
        for (int i = -16; i <= 16; i++) {
            CACHE[i + 16] = new BigInteger(Integer.signum(i), Mag.ofUnsignedLong(Math.abs(i)));
        }
    }

    public static final BigInteger ZERO = CACHE[16];
    public static final BigInteger ONE = CACHE[17];
    public static final BigInteger TWO = CACHE[18];
    public static final BigInteger TEN = CACHE[26];

    private static final BigInteger NEGATIVE_ONE = CACHE[15];

    /** -1, 0 or 1. */
    final int signum;
    /** The magnitude, least significant word first, without high zero words. */
    final int[] mag;

    BigInteger(int signum, int[] mag) {
        this.mag = mag;
        this.signum = mag.length == 0 ? 0 : signum;
    }

    // ------------------------------------------------------------ construction

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            throw new NumberFormatException("Radix out of range");
        }
        int len = val.length();
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        int sign = 1;
        int cursor = 0;
        int minus = val.lastIndexOf('-');
        int plus = val.lastIndexOf('+');
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            sign = -1;
            cursor = 1;
        } else if (plus >= 0) {
            if (plus != 0) {
                throw new NumberFormatException("Illegal embedded sign character");
            }
            cursor = 1;
        }
        if (cursor == len) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) {
            cursor++;
        }
        if (cursor == len) {
            this.signum = 0;
            this.mag = Mag.ZERO;
            return;
        }
        int group = DIGITS_PER_INT[radix];
        int first = (len - cursor) % group;
        if (first == 0) {
            first = group;
        }
        int[] m = Mag.ZERO;
        int end = cursor + first;
        while (cursor < len) {
            int v = Integer.parseInt(val.substring(cursor, end), radix);
            m = Mag.mulAdd(m, pow(radix, end - cursor), v);
            cursor = end;
            end += group;
        }
        this.mag = m;
        this.signum = m.length == 0 ? 0 : sign;
    }

    private static int pow(int radix, int n) {
        int r = 1;
        for (int i = 0; i < n; i++) {
            r *= radix;
        }
        return r;
    }

    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    /** Two's-complement big-endian bytes. */
    public BigInteger(byte[] val, int off, int len) {
        checkRange(val, off, len);
        if (len == 0) {
            throw new NumberFormatException("Zero length BigInteger");
        }
        if (val[off] >= 0) {
            this.mag = fromBytes(val, off, len, false);
            this.signum = mag.length == 0 ? 0 : 1;
        } else {
            // negative: magnitude is the two's complement of the bytes
            this.mag = fromBytes(val, off, len, true);
            this.signum = -1;
        }
    }

    public BigInteger(int signum, byte[] magnitude) {
        this(signum, magnitude, 0, magnitude.length);
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1) {
            throw new NumberFormatException("Invalid signum value");
        }
        checkRange(magnitude, off, len);
        int[] m = fromBytes(magnitude, off, len, false);
        if (m.length == 0) {
            this.signum = 0;
        } else {
            if (signum == 0) {
                throw new NumberFormatException("signum-magnitude mismatch");
            }
            this.signum = signum;
        }
        this.mag = m;
    }

    private static void checkRange(byte[] val, int off, int len) {
        if (off < 0 || len < 0 || off > val.length - len) {
            throw new IndexOutOfBoundsException();
        }
    }

    /** Words of big-endian bytes; if {@code negate}, of their two's-complement negation. */
    private static int[] fromBytes(byte[] b, int off, int len, boolean negate) {
        int words = (len + 3) / 4;
        int[] r = new int[words + 1];
        for (int i = 0; i < len; i++) {
            int v = b[off + len - 1 - i] & 0xFF;
            if (negate) {
                v ^= 0xFF;
            }
            r[i >>> 2] |= v << ((i & 3) * 8);
        }
        if (negate) {
            // the bytes were complemented (the sign extension becomes zeros): add one
            for (int i = 0; i < r.length; i++) {
                r[i] += 1;
                if (r[i] != 0) {
                    break;
                }
            }
        }
        return Mag.trim(r);
    }

    /** A uniformly distributed random value in [0, 2^numBits). */
    public BigInteger(int numBits, Random rnd) {
        if (numBits < 0) {
            throw new IllegalArgumentException("numBits must be non-negative");
        }
        int numBytes = (int) (((long) numBits + 7) / 8);
        byte[] bytes = new byte[numBytes];
        if (numBytes > 0) {
            rnd.nextBytes(bytes);
            int excess = 8 * numBytes - numBits;
            bytes[0] &= (byte) ((1 << (8 - excess)) - 1);
        }
        this.mag = fromBytes(bytes, 0, numBytes, false);
        this.signum = mag.length == 0 ? 0 : 1;
    }

    /** A random probable prime of exactly {@code bitLength} bits. */
    public BigInteger(int bitLength, int certainty, Random rnd) {
        BigInteger p = probablePrime0(bitLength, certainty, rnd);
        this.mag = p.mag;
        this.signum = p.signum;
    }

    public static BigInteger probablePrime(int bitLength, Random rnd) {
        return probablePrime0(bitLength, 100, rnd);
    }

    private static BigInteger probablePrime0(int bitLength, int certainty, Random rnd) {
        if (bitLength < 2) {
            throw new ArithmeticException("bitLength < 2");
        }
        while (true) {
            BigInteger c = new BigInteger(bitLength, rnd).setBit(bitLength - 1);
            if (bitLength > 2) {
                c = c.setBit(0);
            }
            if (c.isProbablePrime(certainty)) {
                return c;
            }
        }
    }

    public static BigInteger valueOf(long val) {
        if (val >= -16 && val <= 16) {
            return CACHE[(int) val + 16];
        }
        if (val < 0) {
            return new BigInteger(-1, Mag.ofUnsignedLong(-val));
        }
        return new BigInteger(1, Mag.ofUnsignedLong(val));
    }

    private static BigInteger of(int signum, int[] mag) {
        if (mag.length == 0) {
            return ZERO;
        }
        return new BigInteger(signum, mag);
    }

    // ------------------------------------------------------------ arithmetic

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) {
            return this;
        }
        if (signum == 0) {
            return val;
        }
        if (val.signum == signum) {
            return of(signum, Mag.add(mag, val.mag));
        }
        int cmp = Mag.compare(mag, val.mag);
        if (cmp == 0) {
            return ZERO;
        }
        return cmp > 0 ? of(signum, Mag.subtract(mag, val.mag)) : of(val.signum, Mag.subtract(val.mag, mag));
    }

    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) {
            return ZERO;
        }
        return of(signum * val.signum, Mag.multiply(mag, val.mag));
    }

    public BigInteger divide(BigInteger val) {
        if (val.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
        return of(signum * val.signum, Mag.divide(mag, val.mag)[0]);
    }

    public BigInteger remainder(BigInteger val) {
        if (val.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
        return of(signum, Mag.divide(mag, val.mag)[1]);
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        if (val.signum == 0) {
            throw new ArithmeticException("BigInteger divide by zero");
        }
        int[][] qr = Mag.divide(mag, val.mag);
        return new BigInteger[] {of(signum * val.signum, qr[0]), of(signum, qr[1])};
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        BigInteger r = remainder(m);
        return r.signum >= 0 ? r : r.add(m);
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) {
            throw new ArithmeticException("Negative exponent");
        }
        if (signum == 0) {
            return exponent == 0 ? ONE : this;
        }
        int[] result = {1};
        int[] base = mag;
        int e = exponent;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = Mag.multiply(result, base);
            }
            e >>>= 1;
            if (e != 0) {
                base = Mag.multiply(base, base);
            }
        }
        return of((signum < 0 && (exponent & 1) != 0) ? -1 : 1, result);
    }

    public BigInteger sqrt() {
        if (signum < 0) {
            throw new ArithmeticException("Negative BigInteger");
        }
        return of(1, Mag.sqrt(mag));
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    public BigInteger gcd(BigInteger val) {
        int[] a = mag;
        int[] b = val.mag;
        while (b.length != 0) {
            int[] r = Mag.divide(a, b)[1];
            a = b;
            b = r;
        }
        return of(1, a);
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return signum == 0 ? this : new BigInteger(-signum, mag);
    }

    public int signum() {
        return signum;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (exponent.signum < 0) {
            return modInverse(m).modPow(exponent.negate(), m);
        }
        if (Mag.isOne(m.mag)) {
            return ZERO;
        }
        int[] mm = m.mag;
        int[] base = mod(m).mag;
        int[] result = {1};
        int bits = Mag.bitLength(exponent.mag);
        for (int i = bits - 1; i >= 0; i--) {
            result = Mag.divide(Mag.multiply(result, result), mm)[1];
            if (exponent.testBit(i)) {
                result = Mag.divide(Mag.multiply(result, base), mm)[1];
            }
        }
        return of(1, result);
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) {
            throw new ArithmeticException("BigInteger: modulus not positive");
        }
        if (Mag.isOne(m.mag)) {
            return ZERO;
        }
        // extended Euclid on (a mod m, m), tracking a's coefficient
        BigInteger r0 = mod(m);
        BigInteger r1 = m;
        BigInteger x0 = ONE;
        BigInteger x1 = ZERO;
        while (r1.signum != 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            r0 = r1;
            r1 = qr[1];
            BigInteger t = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = t;
        }
        if (!Mag.isOne(r0.mag)) {
            throw new ArithmeticException("BigInteger not invertible.");
        }
        return x0.mod(m);
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) >= 0 ? this : val;
    }

    // ------------------------------------------------------------ primes

    private static final int[] SMALL_PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71};

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) {
            return true;
        }
        BigInteger n = abs();
        if (n.mag.length == 0) {
            return false;
        }
        if (n.mag.length == 1 && (n.mag[0] & MASK) < 72) {
            int v = n.mag[0];
            for (int p : SMALL_PRIMES) {
                if (p == v) {
                    return true;
                }
            }
            return false;
        }
        for (int p : SMALL_PRIMES) {
            int[] q = new int[n.mag.length];
            if (Mag.divWord(n.mag, p, q) == 0) {
                return false;
            }
        }
        // Miller-Rabin with the small primes as bases (deterministic below 3.3e24)
        BigInteger nMinus1 = n.subtract(ONE);
        int s = nMinus1.getLowestSetBit();
        BigInteger d = nMinus1.shiftRight(s);
        int rounds = Math.max(13, Math.min(SMALL_PRIMES.length, (certainty + 1) / 2));
        for (int i = 0; i < rounds; i++) {
            BigInteger x = valueOf(SMALL_PRIMES[i]).modPow(d, n);
            if (x.equals(ONE) || x.equals(nMinus1)) {
                continue;
            }
            boolean composite = true;
            for (int r = 1; r < s; r++) {
                x = x.multiply(x).mod(n);
                if (x.equals(nMinus1)) {
                    composite = false;
                    break;
                }
            }
            if (composite) {
                return false;
            }
        }
        return true;
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) {
            throw new ArithmeticException("start < 0: " + this);
        }
        if (compareTo(TWO) < 0) {
            return TWO;
        }
        BigInteger c = add(ONE);
        if (!c.testBit(0)) {
            c = c.add(ONE);
        }
        while (!c.isProbablePrime(100)) {
            c = c.add(TWO);
        }
        return c;
    }

    // ------------------------------------------------------------ bits

    /** Word i (0 = least significant) of the infinite two's-complement form. */
    private int twos(int i) {
        if (signum >= 0) {
            return i < mag.length ? mag[i] : 0;
        }
        if (i >= mag.length) {
            return -1;
        }
        int first = 0;
        while (mag[first] == 0) {
            first++;
        }
        if (i < first) {
            return 0;
        }
        return i == first ? -mag[i] : ~mag[i];
    }

    /** The value whose two's-complement words (least significant first) are w, sign-extended. */
    private static BigInteger fromTwos(int[] w) {
        if (w.length == 0 || w[w.length - 1] >= 0) {
            return of(1, Mag.trim(w));
        }
        int[] m = new int[w.length];
        for (int i = 0; i < w.length; i++) {
            m[i] = ~w[i];
        }
        for (int i = 0; i < m.length; i++) {
            m[i] += 1;
            if (m[i] != 0) {
                break;
            }
        }
        return of(-1, Mag.trim(m));
    }

    private static final int AND = 0;
    private static final int OR = 1;
    private static final int XOR = 2;
    private static final int AND_NOT = 3;

    private BigInteger bitwise(BigInteger val, int op) {
        int n = Math.max(mag.length, val.mag.length) + 1;
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            int a = twos(i);
            int b = val.twos(i);
            switch (op) {
                case AND: w[i] = a & b; break;
                case OR: w[i] = a | b; break;
                case XOR: w[i] = a ^ b; break;
                default: w[i] = a & ~b; break;
            }
        }
        return fromTwos(w);
    }

    public BigInteger and(BigInteger val) {
        return bitwise(val, AND);
    }

    public BigInteger or(BigInteger val) {
        return bitwise(val, OR);
    }

    public BigInteger xor(BigInteger val) {
        return bitwise(val, XOR);
    }

    public BigInteger andNot(BigInteger val) {
        return bitwise(val, AND_NOT);
    }

    public BigInteger not() {
        // ~x == -x - 1
        return negate().subtract(ONE);
    }

    public boolean testBit(int n) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        return (twos(n >>> 5) & (1 << (n & 31))) != 0;
    }

    private BigInteger changeBit(int n, int op) {
        if (n < 0) {
            throw new ArithmeticException("Negative bit address");
        }
        int words = Math.max(mag.length, (n >>> 5) + 1) + 1;
        int[] w = new int[words];
        for (int i = 0; i < words; i++) {
            w[i] = twos(i);
        }
        int bit = 1 << (n & 31);
        int i = n >>> 5;
        switch (op) {
            case OR: w[i] |= bit; break;
            case AND: w[i] &= ~bit; break;
            default: w[i] ^= bit; break;
        }
        return fromTwos(w);
    }

    public BigInteger setBit(int n) {
        return changeBit(n, OR);
    }

    public BigInteger clearBit(int n) {
        return changeBit(n, AND);
    }

    public BigInteger flipBit(int n) {
        return changeBit(n, XOR);
    }

    public int getLowestSetBit() {
        return Mag.lowestSetBit(mag);
    }

    public int bitLength() {
        int n = Mag.bitLength(mag);
        if (signum < 0 && Mag.isPowerOfTwo(mag)) {
            n--;
        }
        return n;
    }

    public int bitCount() {
        if (signum >= 0) {
            return Mag.bitCount(mag);
        }
        // bits of ~x = |x| - 1
        return Mag.bitCount(Mag.subtract(mag, new int[] {1}));
    }

    public BigInteger shiftLeft(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            return shiftRight(-n);
        }
        return of(signum, Mag.shiftLeft(mag, n));
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0 || n == 0) {
            return this;
        }
        if (n < 0) {
            return shiftLeft(-n);
        }
        int[] r = Mag.shiftRight(mag, n);
        if (signum < 0) {
            // round toward negative infinity
            if (Mag.anyLowBits(mag, n)) {
                r = Mag.add(r, new int[] {1});
            }
            return of(-1, r);
        }
        return of(1, r);
    }

    // ------------------------------------------------------------ comparison

    public int compareTo(BigInteger val) {
        if (signum != val.signum) {
            return signum < val.signum ? -1 : 1;
        }
        int c = Mag.compare(mag, val.mag);
        return signum >= 0 ? c : -c;
    }

    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigInteger)) {
            return false;
        }
        BigInteger o = (BigInteger) x;
        return signum == o.signum && Mag.compare(mag, o.mag) == 0;
    }

    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            h = 31 * h + mag[i];
        }
        return h * signum;
    }

    // ------------------------------------------------------------ conversion

    public String toString() {
        return toString(10);
    }

    public String toString(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) {
            radix = 10;
        }
        if (signum == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        appendTo(sb, radix);
        return sb.toString();
    }

    /** Appends the digits (and sign) in radix {@code radix} to sb. */
    void appendTo(StringBuilder sb, int radix) {
        if (signum == 0) {
            sb.append('0');
            return;
        }
        if (mag.length <= 2 && (mag.length < 2 || mag[1] >= 0)) {
            long v = Mag.toLong(mag);
            if (signum < 0) {
                sb.append('-');
            }
            sb.append(Long.toString(v, radix));
            return;
        }
        int group = DIGITS_PER_INT[radix];
        int divisor = pow(radix, group);
        int chunks = mag.length * 32 / (31 - Integer.numberOfLeadingZeros(radix)) / group + 2;
        int[] parts = new int[chunks];
        int n = 0;
        int[] cur = mag;
        int[] q = new int[mag.length];
        while (cur.length != 0) {
            long r = Mag.divWord(cur, divisor, q);
            parts[n++] = (int) r;
            cur = Mag.trim(q);
            q = new int[cur.length];
        }
        if (signum < 0) {
            sb.append('-');
        }
        sb.append(Integer.toString(parts[n - 1], radix));
        for (int i = n - 2; i >= 0; i--) {
            String s = Integer.toString(parts[i], radix);
            for (int k = s.length(); k < group; k++) {
                sb.append('0');
            }
            sb.append(s);
        }
    }

    public byte[] toByteArray() {
        int len = bitLength() / 8 + 1;
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            int w = twos(i >>> 2);
            b[len - 1 - i] = (byte) (w >>> ((i & 3) * 8));
        }
        return b;
    }

    public int intValue() {
        return twos(0);
    }

    public long longValue() {
        return (twos(0) & MASK) | ((long) twos(1) << 32);
    }

    public float floatValue() {
        return (float) toDouble(24);
    }

    public double doubleValue() {
        return toDouble(53);
    }

    /**
     * The value rounded (half even) to {@code precision} significant bits,
     * as a double; too large values become infinite.
     */
    private double toDouble(int precision) {
        if (signum == 0) {
            return 0.0;
        }
        int bl = Mag.bitLength(mag);
        if (bl <= 63) {
            long v = Mag.toLong(mag);
            double d = precision == 53 ? (double) v : (double) (float) v;
            return signum < 0 ? -d : d;
        }
        int shift = bl - precision;
        long top = Mag.toLong(Mag.shiftRight(mag, shift));
        long half = Mag.toLong(Mag.shiftRight(mag, shift - 1)) & 1;
        boolean sticky = Mag.anyLowBits(mag, shift - 1);
        if (half != 0 && (sticky || (top & 1) != 0)) {
            top++;
            if ((top >>> precision) != 0) {
                top >>>= 1;
                shift++;
            }
        }
        double d;
        if (precision == 53) {
            if (shift + 52 > 1023) {
                d = Double.POSITIVE_INFINITY;
            } else {
                d = Math.scalb((double) top, shift);
            }
        } else {
            if (shift + 23 > 127) {
                d = Double.POSITIVE_INFINITY;
            } else {
                d = Math.scalb((double) top, shift);
            }
        }
        return signum < 0 ? -d : d;
    }

    public long longValueExact() {
        if (bitLength() <= 63) {
            return longValue();
        }
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (bitLength() <= 31) {
            return intValue();
        }
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (bitLength() <= 31) {
            int v = intValue();
            if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                return (short) v;
            }
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (bitLength() <= 31) {
            int v = intValue();
            if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                return (byte) v;
            }
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }

    // ------------------------------------------------------------ helpers for BigDecimal

    /** 10^n for n >= 0. */
    static BigInteger tenPow(int n) {
        if (n < TEN_POWERS.length) {
            return TEN_POWERS[n];
        }
        return TEN.pow(n);
    }

    private static final BigInteger[] TEN_POWERS = new BigInteger[19];

    static {
        long p = 1;
        for (int i = 0; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = valueOf(p);
            p *= 10;
        }
    }

    /** The number of decimal digits of |this| (1 for zero). */
    int decimalDigits() {
        if (signum == 0) {
            return 1;
        }
        int bl = Mag.bitLength(mag);
        if (bl <= 63) {
            long v = Mag.toLong(mag);
            int n = 1;
            long p = 10;
            while (n < 19 && v >= p) {
                n++;
                p *= 10;
            }
            return n;
        }
        // estimate from the bit length, then correct
        int est = (int) ((bl - 1) * 0.30102999566398120) + 1;
        BigInteger a = abs();
        while (a.compareTo(tenPow(est)) >= 0) {
            est++;
        }
        while (est > 1 && a.compareTo(tenPow(est - 1)) < 0) {
            est--;
        }
        return est;
    }
}
