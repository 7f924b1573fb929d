package java.util;

/**
 * Pseudo-random number generator: the 48-bit linear congruential generator
 * specified by the Java API (multiplier 0x5DEECE66D, addend 0xB), so a given
 * seed yields the same sequences as on any Java platform.
 */
public class Random implements java.io.Serializable {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 1.0 / (1L << 53);

    /** State of the seed uniquifier used by the no-argument constructor. */
    private static long seedUniquifier = 0x2545F4914F6CDD1DL;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian = false;

    /** Creates a generator seeded from the clock, distinct for generators created in quick succession. */
    public Random() {
        this(nextSeedUniquifier() ^ System.nanoTime());
    }

    /** Steps an MCG (multiplier from L'Ecuyer's tables) so that consecutive constructions differ. */
    private static long nextSeedUniquifier() {
        long s = seedUniquifier * 0x27BB2EE687B0B0FDL + 0x5851F42D4C957F2DL;
        seedUniquifier = s;
        return s ^ (s >>> 29);
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long initialScramble(long seed) {
        return (seed ^ MULTIPLIER) & MASK;
    }

    /** Sets the seed as if this generator had been created with {@code new Random(seed)}. */
    public void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    /** Advances the generator and returns its top {@code bits} bits (1..32). */
    protected int next(int bits) {
        long nextseed = (seed * MULTIPLIER + ADDEND) & MASK;
        seed = nextseed;
        return (int) (nextseed >>> (48 - bits));
    }

    /** Fills the array; each int generated supplies up to four bytes, low byte first. */
    public void nextBytes(byte[] bytes) {
        int i = 0;
        int len = bytes.length;
        while (i < len) {
            int rnd = nextInt();
            int n = Math.min(len - i, 4);
            while (n-- > 0) {
                bytes[i++] = (byte) rnd;
                rnd >>= 8;
            }
        }
    }

    public int nextInt() {
        return next(32);
    }

    /** Uniform int in [0, bound): exact for powers of two, otherwise by rejection of the biased top range. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        if ((bound & -bound) == bound) {
            return (int) ((bound * (long) next(31)) >> 31);
        }
        int bits;
        int val;
        do {
            bits = next(31);
            val = bits % bound;
        } while (bits - val + (bound - 1) < 0);
        return val;
    }

    /** Uniform int in [origin, bound), derived from nextInt() as RandomGenerator specifies. */
    public int nextInt(int origin, int bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            return (r & m) + origin;
        } else if (n > 0) {
            int u = r >>> 1;
            while (u + m - (r = u % n) < 0) {
                u = nextInt() >>> 1;
            }
            return r + origin;
        } else {
            while (r < origin || r >= bound) {
                r = nextInt();
            }
            return r;
        }
    }

    public long nextLong() {
        return ((long) next(32) << 32) + next(32);
    }

    /** Uniform long in [0, bound), derived from nextLong() as RandomGenerator specifies. */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            return r & m;
        }
        long u = r >>> 1;
        while (u + m - (r = u % bound) < 0L) {
            u = nextLong() >>> 1;
        }
        return r;
    }

    /** Uniform long in [origin, bound), derived from nextLong() as RandomGenerator specifies. */
    public long nextLong(long origin, long bound) {
        if (origin >= bound) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        long r = nextLong();
        long n = bound - origin;
        long m = n - 1;
        if ((n & m) == 0L) {
            return (r & m) + origin;
        } else if (n > 0L) {
            long u = r >>> 1;
            while (u + m - (r = u % n) < 0L) {
                u = nextLong() >>> 1;
            }
            return r + origin;
        } else {
            while (r < origin || r >= bound) {
                r = nextLong();
            }
            return r;
        }
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    /** Uniform float in [0, 1) with 24 random bits. */
    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    /** Uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (((long) next(26) << 27) + next(27)) * DOUBLE_UNIT;
    }

    /**
     * Normally distributed double (mean 0, deviation 1) by the polar method;
     * each round produces two values and the second is kept for the next call.
     */
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    /** Uniform float in [0, bound). */
    public float nextFloat(float bound) {
        if (!(0.0f < bound && bound < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        float r = nextFloat() * bound;
        if (r >= bound) {
            r = below(bound);
        }
        return r;
    }

    /** Uniform float in [origin, bound). */
    public float nextFloat(float origin, float bound) {
        if (!(origin < bound && (bound - origin) < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        float r = nextFloat();
        r = r * (bound - origin) + origin;
        if (r >= bound) {
            r = below(bound);
        }
        return r;
    }

    /** Uniform double in [0, bound). */
    public double nextDouble(double bound) {
        if (!(0.0 < bound && bound < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be finite and positive");
        }
        double r = nextDouble() * bound;
        if (r >= bound) {
            r = below(bound);
        }
        return r;
    }

    /** Uniform double in [origin, bound), derived from nextDouble() as RandomGenerator specifies. */
    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        double r = nextDouble();
        r = r * (bound - origin) + origin;
        if (r >= bound) {
            r = below(bound);
        }
        return r;
    }

    /** The greatest double less than {@code d} (for finite d). */
    private static double below(double d) {
        if (d == 0.0) {
            return -Double.MIN_VALUE;
        }
        long bits = Double.doubleToRawLongBits(d);
        return Double.longBitsToDouble(d > 0.0 ? bits - 1 : bits + 1);
    }

    /** The greatest float less than {@code f} (for finite f). */
    private static float below(float f) {
        if (f == 0.0f) {
            return -Float.MIN_VALUE;
        }
        int bits = Float.floatToRawIntBits(f);
        return Float.intBitsToFloat(f > 0.0f ? bits - 1 : bits + 1);
    }
}
