package java.math;

/**
 * Arithmetic on unsigned magnitudes: int arrays of 32-bit words, least
 * significant word first, without high zero words (zero is the empty
 * array). Arrays passed in are never modified; results are fresh arrays
 * (or one of the inputs when the result equals it).
 */
final class Mag {
    static final long MASK = 0xFFFFFFFFL;
    static final int[] ZERO = new int[0];

    private Mag() {
    }

    /** {@code a} without high zero words (the same array if it has none). */
    static int[] trim(int[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) {
            n--;
        }
        if (n == a.length) {
            return a;
        }
        if (n == 0) {
            return ZERO;
        }
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    /** The magnitude of the unsigned 64-bit value {@code v}. */
    static int[] ofUnsignedLong(long v) {
        if (v == 0) {
            return ZERO;
        }
        if ((v >>> 32) == 0) {
            return new int[] {(int) v};
        }
        return new int[] {(int) v, (int) (v >>> 32)};
    }

    static int compare(int[] a, int[] b) {
        if (a.length != b.length) {
            return a.length < b.length ? -1 : 1;
        }
        for (int i = a.length - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Integer.compareUnsigned(a[i], b[i]) < 0 ? -1 : 1;
            }
        }
        return 0;
    }

    static int[] add(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] r = new int[a.length + 1];
        long carry = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long s = (a[i] & MASK) + (b[i] & MASK) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        for (; i < a.length; i++) {
            long s = (a[i] & MASK) + carry;
            r[i] = (int) s;
            carry = s >>> 32;
        }
        r[i] = (int) carry;
        return trim(r);
    }

    /** a - b, where a >= b. */
    static int[] subtract(int[] a, int[] b) {
        int[] r = new int[a.length];
        long borrow = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long d = (a[i] & MASK) - (b[i] & MASK) - borrow;
            r[i] = (int) d;
            borrow = (d >> 32) & 1;
        }
        for (; i < a.length; i++) {
            long d = (a[i] & MASK) - borrow;
            r[i] = (int) d;
            borrow = (d >> 32) & 1;
        }
        return trim(r);
    }

    static int[] multiply(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return ZERO;
        }
        if (b.length == 1) {
            return mulAdd(a, b[0], 0);
        }
        if (a.length == 1) {
            return mulAdd(b, a[0], 0);
        }
        int[] r = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            long ai = a[i] & MASK;
            if (ai == 0) {
                continue;
            }
            long carry = 0;
            for (int j = 0; j < b.length; j++) {
                long p = ai * (b[j] & MASK) + (r[i + j] & MASK) + carry;
                r[i + j] = (int) p;
                carry = p >>> 32;
            }
            r[i + b.length] = (int) carry;
        }
        return trim(r);
    }

    /** a * m + c for unsigned words m and c. */
    static int[] mulAdd(int[] a, int m, int c) {
        long mm = m & MASK;
        long carry = c & MASK;
        int[] r = new int[a.length + 1];
        for (int i = 0; i < a.length; i++) {
            long p = (a[i] & MASK) * mm + carry;
            r[i] = (int) p;
            carry = p >>> 32;
        }
        r[a.length] = (int) carry;
        return trim(r);
    }

    /**
     * Divides {@code a} by the unsigned word {@code d} (nonzero); the
     * quotient goes to {@code q} (same length as a, may have high zeros)
     * and the remainder is returned.
     */
    static long divWord(int[] a, int d, int[] q) {
        long dd = d & MASK;
        long rem = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            long cur = (rem << 32) | (a[i] & MASK);
            long qq;
            if (cur >= 0) {
                qq = cur / dd;
                rem = cur - qq * dd;
            } else {
                qq = Long.divideUnsigned(cur, dd);
                rem = Long.remainderUnsigned(cur, dd);
            }
            q[i] = (int) qq;
        }
        return rem;
    }

    /** {quotient, remainder} of a / b (b nonzero), by Knuth's algorithm D. */
    static int[][] divide(int[] a, int[] b) {
        int cmp = compare(a, b);
        if (cmp < 0) {
            return new int[][] {ZERO, a};
        }
        if (cmp == 0) {
            return new int[][] {new int[] {1}, ZERO};
        }
        if (b.length == 1) {
            int[] q = new int[a.length];
            long r = divWord(a, b[0], q);
            return new int[][] {trim(q), ofUnsignedLong(r)};
        }
        int n = b.length;
        int m = a.length;
        int s = Integer.numberOfLeadingZeros(b[n - 1]);
        int[] vn = new int[n];
        int[] un = new int[m + 1];
        if (s == 0) {
            System.arraycopy(b, 0, vn, 0, n);
            System.arraycopy(a, 0, un, 0, m);
        } else {
            for (int i = n - 1; i > 0; i--) {
                vn[i] = (b[i] << s) | (b[i - 1] >>> (32 - s));
            }
            vn[0] = b[0] << s;
            un[m] = a[m - 1] >>> (32 - s);
            for (int i = m - 1; i > 0; i--) {
                un[i] = (a[i] << s) | (a[i - 1] >>> (32 - s));
            }
            un[0] = a[0] << s;
        }
        long vTop = vn[n - 1] & MASK;
        long vNext = vn[n - 2] & MASK;
        int[] q = new int[m - n + 1];
        for (int j = m - n; j >= 0; j--) {
            long num = ((un[j + n] & MASK) << 32) | (un[j + n - 1] & MASK);
            long qhat = Long.divideUnsigned(num, vTop);
            long rhat = num - qhat * vTop;
            while (qhat > MASK
                    || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (un[j + n - 2] & MASK)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat > MASK) {
                    break;
                }
            }
            // multiply and subtract
            long k = 0;
            long t;
            for (int i = 0; i < n; i++) {
                long p = qhat * (vn[i] & MASK);
                t = (un[i + j] & MASK) - k - (p & MASK);
                un[i + j] = (int) t;
                k = (p >>> 32) - (t >> 32);
            }
            t = (un[j + n] & MASK) - k;
            un[j + n] = (int) t;
            if (t < 0) {
                // subtracted too much: add back
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    long sum = (un[i + j] & MASK) + (vn[i] & MASK) + c;
                    un[i + j] = (int) sum;
                    c = sum >>> 32;
                }
                un[j + n] += (int) c;
            }
            q[j] = (int) qhat;
        }
        int[] r = new int[n];
        if (s == 0) {
            System.arraycopy(un, 0, r, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                r[i] = (un[i] >>> s) | (un[i + 1] << (32 - s));
            }
        }
        return new int[][] {trim(q), trim(r)};
    }

    static int[] shiftLeft(int[] a, int n) {
        if (a.length == 0 || n == 0) {
            return a;
        }
        int words = n >>> 5;
        int bits = n & 31;
        int[] r = new int[a.length + words + 1];
        if (bits == 0) {
            System.arraycopy(a, 0, r, words, a.length);
        } else {
            int carry = 0;
            for (int i = 0; i < a.length; i++) {
                r[i + words] = (a[i] << bits) | carry;
                carry = a[i] >>> (32 - bits);
            }
            r[a.length + words] = carry;
        }
        return trim(r);
    }

    static int[] shiftRight(int[] a, int n) {
        int words = n >>> 5;
        if (words >= a.length) {
            return ZERO;
        }
        if (n == 0) {
            return a;
        }
        int bits = n & 31;
        int len = a.length - words;
        int[] r = new int[len];
        if (bits == 0) {
            System.arraycopy(a, words, r, 0, len);
        } else {
            for (int i = 0; i < len; i++) {
                int hi = (i + words + 1 < a.length) ? a[i + words + 1] << (32 - bits) : 0;
                r[i] = (a[i + words] >>> bits) | hi;
            }
        }
        return trim(r);
    }

    /** Whether any of the low {@code n} bits of a is set. */
    static boolean anyLowBits(int[] a, int n) {
        int words = n >>> 5;
        for (int i = 0; i < words && i < a.length; i++) {
            if (a[i] != 0) {
                return true;
            }
        }
        int bits = n & 31;
        return bits != 0 && words < a.length && (a[words] & ((1 << bits) - 1)) != 0;
    }

    static int bitLength(int[] a) {
        if (a.length == 0) {
            return 0;
        }
        return (a.length - 1) * 32 + 32 - Integer.numberOfLeadingZeros(a[a.length - 1]);
    }

    static int lowestSetBit(int[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 0) {
                return i * 32 + Integer.numberOfTrailingZeros(a[i]);
            }
        }
        return -1;
    }

    static int bitCount(int[] a) {
        int n = 0;
        for (int w : a) {
            n += Integer.bitCount(w);
        }
        return n;
    }

    static boolean isPowerOfTwo(int[] a) {
        return a.length > 0 && bitCount(a) == 1;
    }

    static boolean isOne(int[] a) {
        return a.length == 1 && a[0] == 1;
    }

    /** The integer square root (floor) of a, by Newton's iteration. */
    static int[] sqrt(int[] a) {
        if (a.length == 0) {
            return ZERO;
        }
        int bl = bitLength(a);
        if (bl <= 52) {
            long v = (long) Math.sqrt((double) toLong(a));
            long n = toLong(a);
            while (v * v > n) {
                v--;
            }
            while ((v + 1) * (v + 1) <= n) {
                v++;
            }
            return ofUnsignedLong(v);
        }
        // start above the root: 2^ceil(bl/2)
        int[] x = shiftLeft(new int[] {1}, (bl + 1) / 2);
        while (true) {
            int[] y = shiftRight(add(x, divide(a, x)[0]), 1);
            if (compare(y, x) >= 0) {
                return x;
            }
            x = y;
        }
    }

    /** The low 64 bits of a. */
    static long toLong(int[] a) {
        if (a.length == 0) {
            return 0;
        }
        long lo = a[0] & MASK;
        return a.length == 1 ? lo : lo | ((long) a[1] << 32);
    }
}
