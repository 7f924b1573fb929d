package java.math;

/**
 * Immutable arbitrary-precision signed decimal numbers: an unscaled
 * BigInteger value and a 32-bit scale, standing for unscaled * 10^-scale.
 */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    public static final int ROUND_UP = 0;
    public static final int ROUND_DOWN = 1;
    public static final int ROUND_CEILING = 2;
    public static final int ROUND_FLOOR = 3;
    public static final int ROUND_HALF_UP = 4;
    public static final int ROUND_HALF_DOWN = 5;
    public static final int ROUND_HALF_EVEN = 6;
    public static final int ROUND_UNNECESSARY = 7;

    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

    private final BigInteger intVal;
    private final int scale;
    /** Number of digits of the unscaled value; 0 until computed. */
    private transient int precision;
    private transient String stringCache;

    // ------------------------------------------------------------ construction

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        BigDecimal r = new BigDecimal(unscaledVal, scale).round(mc);
        this.intVal = r.intVal;
        this.scale = r.scale;
    }

    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(int val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(long val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    /** The exact decimal value of the binary double {@code val}. */
    public BigDecimal(double val) {
        BigDecimal r = exactDouble(val);
        this.intVal = r.intVal;
        this.scale = r.scale;
    }

    public BigDecimal(double val, MathContext mc) {
        BigDecimal r = exactDouble(val).round(mc);
        this.intVal = r.intVal;
        this.scale = r.scale;
    }

    public BigDecimal(String val) {
        this(val.toCharArray(), 0, val.length());
    }

    public BigDecimal(String val, MathContext mc) {
        this(val.toCharArray(), 0, val.length(), mc);
    }

    public BigDecimal(char[] in) {
        this(in, 0, in.length);
    }

    public BigDecimal(char[] in, MathContext mc) {
        this(in, 0, in.length, mc);
    }

    public BigDecimal(char[] in, int offset, int len) {
        this(in, offset, len, MathContext.UNLIMITED);
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        if (offset < 0 || len < 0 || offset > in.length - len) {
            throw new NumberFormatException("Bad offset or len arguments for char[] input.");
        }
        BigDecimal r = DecimalParser.parse(in, offset, len);
        if (mc.getPrecision() > 0) {
            r = r.round(mc);
        }
        this.intVal = r.intVal;
        this.scale = r.scale;
    }

    private static BigDecimal exactDouble(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            throw new NumberFormatException("Infinite or NaN");
        }
        long bits = Double.doubleToLongBits(val);
        int exponent = (int) ((bits >> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        if (exponent == 0) {
            exponent = 1;
        } else {
            m |= 1L << 52;
        }
        exponent -= 1075;
        if (m == 0) {
            return ZERO;
        }
        while ((m & 1) == 0) {
            m >>= 1;
            exponent++;
        }
        if (bits < 0) {
            m = -m;
        }
        BigInteger v = BigInteger.valueOf(m);
        if (exponent >= 0) {
            return new BigDecimal(v.shiftLeft(exponent), 0);
        }
        return new BigDecimal(v.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        if (scale == 0) {
            return valueOf(unscaledVal);
        }
        return new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    public static BigDecimal valueOf(long val) {
        if (val == 0) {
            return ZERO;
        }
        if (val == 1) {
            return ONE;
        }
        if (val == 10) {
            return TEN;
        }
        return new BigDecimal(BigInteger.valueOf(val), 0);
    }

    /** The value of Double.toString(val). */
    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    // ------------------------------------------------------------ basic properties

    public int scale() {
        return scale;
    }

    public int precision() {
        int p = precision;
        if (p == 0) {
            p = intVal.decimalDigits();
            precision = p;
        }
        return p;
    }

    public BigInteger unscaledValue() {
        return intVal;
    }

    public int signum() {
        return intVal.signum();
    }

    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale);
    }

    // ------------------------------------------------------------ arithmetic

    public BigDecimal add(BigDecimal augend) {
        if (scale == augend.scale) {
            return new BigDecimal(intVal.add(augend.intVal), scale);
        }
        if (scale > augend.scale) {
            return new BigDecimal(intVal.add(scaleUp(augend.intVal, (long) scale - augend.scale)), scale);
        }
        return new BigDecimal(scaleUp(intVal, (long) augend.scale - scale).add(augend.intVal), augend.scale);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        return add(augend).round(mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return add(subtrahend.negate()).round(mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        return new BigDecimal(intVal.multiply(multiplicand.intVal), checkScale((long) scale + multiplicand.scale));
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        return multiply(multiplicand).round(mc);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, legacyMode(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        long k = (long) scale + divisor.scale - this.scale;
        BigInteger num = intVal;
        BigInteger den = divisor.intVal;
        if (k >= 0) {
            num = scaleUp(num, k);
        } else {
            den = scaleUp(den, -k);
        }
        if (divisor.signum() == 0) {
            // the JDK's message depends on whether it divided longs or BigIntegers
            throw new ArithmeticException(num.bitLength() <= 63 ? "/ by zero" : "BigInteger divide by zero");
        }
        return new BigDecimal(divideRound(num, den, roundingMode), scale);
    }

    @Deprecated(since = "9")
    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, legacyMode(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    /** The exact quotient, with the scale closest to this.scale - divisor.scale. */
    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(divisor);
        int preferred = saturate((long) scale - divisor.scale);
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, preferred);
        }
        BigInteger a = intVal;
        BigInteger b = divisor.intVal;
        BigInteger g = a.gcd(b);
        a = a.divide(g);
        b = b.divide(g);
        if (b.signum() < 0) {
            a = a.negate();
            b = b.negate();
        }
        int twos = b.getLowestSetBit();
        b = b.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (true) {
            BigInteger[] qr = b.divideAndRemainder(five);
            if (qr[1].signum() != 0) {
                break;
            }
            b = qr[0];
            fives++;
        }
        if (!b.equals(BigInteger.ONE)) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        // a / (2^twos 5^fives) = a * 2^(m-twos) 5^(m-fives) / 10^m
        int m = Math.max(twos, fives);
        BigInteger q = a.shiftLeft(m - twos).multiply(five.pow(m - fives));
        BigDecimal r = new BigDecimal(q, checkScale((long) preferred + m));
        return r.stripZerosTo(preferred);
    }

    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        if (mc.getPrecision() == 0) {
            return divide(divisor);
        }
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, saturate(preferred));
        }
        int p = mc.getPrecision();
        BigInteger a = intVal.abs();
        BigInteger b = divisor.intVal.abs();
        int sign = intVal.signum() * divisor.intVal.signum();
        // choose k so that a * 10^k / b has p digits
        long k = (long) p + b.decimalDigits() - a.decimalDigits();
        BigInteger num = k >= 0 ? scaleUp(a, k) : a;
        BigInteger den = k >= 0 ? b : scaleUp(b, -k);
        if (num.divide(den).decimalDigits() > p) {
            k--;
            num = k >= 0 ? scaleUp(a, k) : a;
            den = k >= 0 ? b : scaleUp(b, -k);
        }
        if (sign < 0) {
            num = num.negate();
        }
        BigInteger[] qr = num.divideAndRemainder(den);
        boolean exact = qr[1].signum() == 0;
        BigInteger q = exact ? qr[0] : divideRound(num, den, mc.getRoundingMode());
        long newScale = preferred + k;
        if (q.decimalDigits() > p) {
            q = q.divide(BigInteger.TEN);
            newScale--;
        }
        BigDecimal r = new BigDecimal(q, checkScale(newScale));
        return exact ? r.stripZerosTo(saturate(preferred)) : r;
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        checkDivisor(divisor);
        int preferred = saturate((long) scale - divisor.scale);
        BigDecimal q = divide(divisor, 0, RoundingMode.DOWN);
        if (preferred > 0) {
            return q.setScale(preferred);
        }
        return q.stripZerosTo(preferred);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor, MathContext mc) {
        BigDecimal q = divideToIntegralValue(divisor);
        if (mc.getPrecision() > 0 && q.stripTrailingZeros().precision() > mc.getPrecision()) {
            throw new ArithmeticException("Division impossible");
        }
        if (mc.getPrecision() > 0 && q.precision() > mc.getPrecision()) {
            q = q.round(new MathContext(mc.getPrecision(), RoundingMode.DOWN));
        }
        return q;
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return divideAndRemainder(divisor)[1];
    }

    public BigDecimal remainder(BigDecimal divisor, MathContext mc) {
        return divideAndRemainder(divisor, mc)[1];
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor, MathContext mc) {
        if (mc.getPrecision() == 0) {
            return divideAndRemainder(divisor);
        }
        BigDecimal q = divideToIntegralValue(divisor, mc);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    public BigDecimal sqrt(MathContext mc) {
        int sig = signum();
        if (sig < 0) {
            throw new ArithmeticException("Attempted square root of negative BigDecimal");
        }
        int preferred = scale / 2;
        if (sig == 0) {
            return new BigDecimal(BigInteger.ZERO, preferred);
        }
        int p = mc.getPrecision();
        // scale the unscaled value so that the integer root has enough digits and the scale is even
        int wanted = (p == 0 ? precision() / 2 + 1 : p) + 2;
        long extra = 2L * wanted - precision();
        if (extra < 0) {
            extra = 0;
        }
        if (((scale + extra) & 1) != 0) {
            extra++;
        }
        BigInteger n = scaleUp(intVal, extra);
        BigInteger root = n.sqrt();
        boolean exact = root.multiply(root).equals(n);
        long rootScale = (scale + extra) / 2;
        BigDecimal r;
        if (p == 0) {
            if (!exact) {
                throw new ArithmeticException("Computed square root not exact.");
            }
            r = new BigDecimal(root, checkScale(rootScale));
        } else {
            r = roundDigits(root, checkScale(rootScale), p, mc.getRoundingMode(), !exact);
        }
        // trailing zeros go, then zeros are added back toward the preferred scale as the precision allows
        r = r.stripZerosTo(Integer.MIN_VALUE);
        if (r.scale < preferred) {
            long target = preferred;
            if (p > 0) {
                target = Math.min(target, (long) r.scale + (p - r.precision()));
            }
            if (target > r.scale) {
                r = r.setScale((int) target);
            }
        }
        return r;
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        return new BigDecimal(intVal.pow(n), checkScale((long) scale * n));
    }

    public BigDecimal pow(int n, MathContext mc) {
        if (mc.getPrecision() == 0) {
            return pow(n);
        }
        if (n < -999999999 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        if (n == 0) {
            return ONE;
        }
        int mag = Math.abs(n);
        int digits = Integer.toString(mag).length();
        if (digits > mc.getPrecision()) {
            throw new ArithmeticException("Invalid operation");
        }
        MathContext work = new MathContext(mc.getPrecision() + digits + 1, mc.getRoundingMode());
        BigDecimal acc = ONE;
        // left-to-right binary exponentiation at the working precision
        for (int bit = 31 - Integer.numberOfLeadingZeros(mag); bit >= 0; bit--) {
            acc = acc.multiply(acc, work);
            if ((mag & (1 << bit)) != 0) {
                acc = acc.multiply(this, work);
            }
        }
        if (n < 0) {
            acc = ONE.divide(acc, work);
        }
        return acc.round(mc);
    }

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return abs().round(mc);
    }

    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale);
    }

    public BigDecimal negate(MathContext mc) {
        return negate().round(mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        return round(mc);
    }

    // ------------------------------------------------------------ rounding and scale

    public BigDecimal round(MathContext mc) {
        int p = mc.getPrecision();
        if (p == 0 || precision() <= p) {
            return this;
        }
        return roundDigits(intVal, scale, p, mc.getRoundingMode(), false);
    }

    /**
     * unscaled * 10^-scale rounded to {@code p} digits; {@code sticky}
     * says the true value is slightly larger in magnitude than that.
     */
    private static BigDecimal roundDigits(BigInteger unscaled, int scale, int p, RoundingMode mode, boolean sticky) {
        int digits = unscaled.decimalDigits();
        if (digits <= p && !sticky) {
            return new BigDecimal(unscaled, scale);
        }
        int drop = Math.max(digits - p, 0);
        BigInteger q;
        if (drop == 0) {
            q = roundSticky(unscaled, BigInteger.ONE, mode, sticky);
        } else {
            q = roundSticky(unscaled, BigInteger.tenPow(drop), mode, sticky);
        }
        long newScale = (long) scale - drop;
        if (q.decimalDigits() > p) {
            q = q.divide(BigInteger.TEN);
            newScale--;
        }
        return new BigDecimal(q, checkScale(newScale));
    }

    /** num / den (den > 0) rounded, where the true numerator exceeds num in magnitude by a tiny amount if sticky. */
    private static BigInteger roundSticky(BigInteger num, BigInteger den, RoundingMode mode, boolean sticky) {
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() == 0 && !sticky) {
            return q;
        }
        int sign = num.signum();
        int cmpHalf = r.abs().shiftLeft(1).compareTo(den);
        if (cmpHalf == 0 && sticky) {
            cmpHalf = 1;
        }
        if (r.signum() == 0) {
            cmpHalf = -1;
        }
        if (roundsAway(mode, sign, q.testBit(0), cmpHalf)) {
            q = q.add(BigInteger.valueOf(sign));
        }
        return q;
    }

    /** num / den rounded to an integer with {@code mode}. */
    static BigInteger divideRound(BigInteger num, BigInteger den, RoundingMode mode) {
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() == 0) {
            return q;
        }
        int sign = num.signum() * den.signum();
        int cmpHalf = r.abs().shiftLeft(1).compareTo(den.abs());
        if (roundsAway(mode, sign, q.testBit(0), cmpHalf)) {
            q = q.add(BigInteger.valueOf(sign));
        }
        return q;
    }

    /**
     * Whether a nonzero discarded fraction makes the truncated result move
     * one unit away from zero: {@code sign} is the sign of the result,
     * {@code cmpHalf} compares the discarded fraction with one half.
     */
    private static boolean roundsAway(RoundingMode mode, int sign, boolean odd, int cmpHalf) {
        switch (mode) {
            case UP:
                return true;
            case DOWN:
                return false;
            case CEILING:
                return sign > 0;
            case FLOOR:
                return sign < 0;
            case HALF_UP:
                return cmpHalf >= 0;
            case HALF_DOWN:
                return cmpHalf > 0;
            case HALF_EVEN:
                return cmpHalf > 0 || (cmpHalf == 0 && odd);
            default:
                throw new ArithmeticException("Rounding necessary");
        }
    }

    private static RoundingMode legacyMode(int roundingMode) {
        if (roundingMode < ROUND_UP || roundingMode > ROUND_UNNECESSARY) {
            throw new IllegalArgumentException("Invalid rounding mode");
        }
        return RoundingMode.valueOf(roundingMode);
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        if (newScale == scale) {
            return this;
        }
        if (newScale > scale) {
            return new BigDecimal(scaleUp(intVal, (long) newScale - scale), newScale);
        }
        BigInteger den = scaleUp(BigInteger.ONE, (long) scale - newScale);
        return new BigDecimal(divideRound(intVal, den, roundingMode), newScale);
    }

    @Deprecated(since = "9")
    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, legacyMode(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        if (n == 0) {
            return this;
        }
        int newScale = checkScale((long) scale + n);
        BigDecimal r = new BigDecimal(intVal, newScale);
        return r.scale < 0 ? r.setScale(0) : r;
    }

    public BigDecimal movePointRight(int n) {
        if (n == 0) {
            return this;
        }
        int newScale = checkScale((long) scale - n);
        BigDecimal r = new BigDecimal(intVal, newScale);
        return r.scale < 0 ? r.setScale(0) : r;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(intVal, checkScale((long) scale - n));
    }

    public BigDecimal stripTrailingZeros() {
        if (signum() == 0) {
            return ZERO;
        }
        return stripZerosTo(Integer.MIN_VALUE);
    }

    /** Removes trailing zero digits while the scale stays above {@code preferred}. */
    private BigDecimal stripZerosTo(int preferred) {
        BigInteger v = intVal;
        long s = scale;
        if (v.signum() == 0) {
            return new BigDecimal(v, preferred < scale ? preferred : scale);
        }
        while (s > preferred) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            v = qr[0];
            s--;
        }
        return s == scale ? this : new BigDecimal(v, (int) s);
    }

    // ------------------------------------------------------------ comparison

    public int compareTo(BigDecimal val) {
        if (scale == val.scale) {
            return intVal.compareTo(val.intVal);
        }
        int s1 = signum();
        int s2 = val.signum();
        if (s1 != s2) {
            return s1 > s2 ? 1 : -1;
        }
        if (s1 == 0) {
            return 0;
        }
        // compare adjusted exponents first
        long adj1 = (long) precision() - scale;
        long adj2 = (long) val.precision() - val.scale;
        if (adj1 != adj2) {
            return (adj1 > adj2) == (s1 > 0) ? 1 : -1;
        }
        if (scale > val.scale) {
            return intVal.compareTo(scaleUp(val.intVal, (long) scale - val.scale));
        }
        return scaleUp(intVal, (long) val.scale - scale).compareTo(val.intVal);
    }

    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigDecimal)) {
            return false;
        }
        BigDecimal d = (BigDecimal) x;
        return scale == d.scale && intVal.equals(d.intVal);
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    // ------------------------------------------------------------ strings

    /** Scientific notation when the exponent is needed, as the API specifies. */
    public String toString() {
        String s = stringCache;
        if (s == null) {
            s = layout(true);
            stringCache = s;
        }
        return s;
    }

    public String toEngineeringString() {
        return layout(false);
    }

    public String toPlainString() {
        String coeff = intVal.abs().toString();
        StringBuilder sb = new StringBuilder(coeff.length() + 4);
        if (signum() < 0) {
            sb.append('-');
        }
        if (scale <= 0) {
            if (signum() == 0) {
                return "0";
            }
            sb.append(coeff);
            for (int i = 0; i < -(long) scale; i++) {
                sb.append('0');
            }
            return sb.toString();
        }
        appendPointed(sb, coeff, scale);
        return sb.toString();
    }

    /** coeff with a decimal point {@code scale} digits from the right (scale > 0), zero-filled. */
    private static void appendPointed(StringBuilder sb, String coeff, int scale) {
        int len = coeff.length();
        if (len > scale) {
            sb.append(coeff, 0, len - scale).append('.').append(coeff, len - scale, len);
        } else {
            sb.append("0.");
            for (int i = len; i < scale; i++) {
                sb.append('0');
            }
            sb.append(coeff);
        }
    }

    private String layout(boolean sci) {
        String coeff = intVal.abs().toString();
        StringBuilder sb = new StringBuilder(coeff.length() + 8);
        if (signum() < 0) {
            sb.append('-');
        }
        if (scale == 0) {
            return sb.append(coeff).toString();
        }
        int len = coeff.length();
        long adjusted = -(long) scale + (len - 1);
        if (scale > 0 && adjusted >= -6) {
            appendPointed(sb, coeff, scale);
            return sb.toString();
        }
        if (sci) {
            sb.append(coeff.charAt(0));
            if (len > 1) {
                sb.append('.').append(coeff, 1, len);
            }
        } else {
            int sig = (int) (adjusted % 3);
            if (sig < 0) {
                sig += 3;
            }
            adjusted -= sig;
            sig++;
            if (signum() == 0) {
                switch (sig) {
                    case 1:
                        sb.append('0');
                        break;
                    case 2:
                        sb.append("0.00");
                        adjusted += 3;
                        break;
                    default:
                        sb.append("0.0");
                        adjusted += 3;
                        break;
                }
            } else if (sig >= len) {
                sb.append(coeff);
                for (int i = len; i < sig; i++) {
                    sb.append('0');
                }
            } else {
                sb.append(coeff, 0, sig).append('.').append(coeff, sig, len);
            }
        }
        if (adjusted != 0) {
            sb.append('E');
            if (adjusted > 0) {
                sb.append('+');
            }
            sb.append(adjusted);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------ conversion

    public BigInteger toBigInteger() {
        return setScale(0, RoundingMode.DOWN).intVal;
    }

    public BigInteger toBigIntegerExact() {
        return setScale(0, RoundingMode.UNNECESSARY).intVal;
    }

    public long longValue() {
        if (scale <= -64) {
            // a multiple of 10^64, hence of 2^64
            return 0;
        }
        return toBigInteger().longValue();
    }

    public long longValueExact() {
        BigInteger v = integerPartExact();
        if (v.bitLength() > 63) {
            throw new ArithmeticException("Overflow");
        }
        return v.longValue();
    }

    /** The value as an integer; throws if it has a nonzero fraction. */
    private BigInteger integerPartExact() {
        if (signum() == 0) {
            return BigInteger.ZERO;
        }
        if ((long) precision() - scale > 19) {
            throw new ArithmeticException("Overflow");
        }
        return toBigIntegerExact();
    }

    public int intValue() {
        return (int) longValue();
    }

    public int intValueExact() {
        long v = longValueExact();
        if ((int) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (int) v;
    }

    public short shortValueExact() {
        long v = longValueExact();
        if ((short) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (short) v;
    }

    public byte byteValueExact() {
        long v = longValueExact();
        if ((byte) v != v) {
            throw new ArithmeticException("Overflow");
        }
        return (byte) v;
    }

    public float floatValue() {
        if (scale == 0 && intVal.bitLength() < 24) {
            return (float) intVal.intValue();
        }
        return Float.parseFloat(toString());
    }

    public double doubleValue() {
        if (scale == 0 && intVal.bitLength() < 53) {
            return (double) intVal.longValue();
        }
        return Double.parseDouble(toString());
    }

    // ------------------------------------------------------------ helpers

    /** v * 10^n for n >= 0. */
    private static BigInteger scaleUp(BigInteger v, long n) {
        if (n == 0 || v.signum() == 0) {
            return v;
        }
        if (n > Integer.MAX_VALUE) {
            throw new ArithmeticException("Overflow");
        }
        return v.multiply(BigInteger.tenPow((int) n));
    }

    private void checkDivisor(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            if (signum() == 0) {
                throw new ArithmeticException("Division undefined");
            }
            throw new ArithmeticException("Division by zero");
        }
    }

    private static int saturate(long s) {
        if (s > Integer.MAX_VALUE) {
            return Integer.MAX_VALUE;
        }
        if (s < Integer.MIN_VALUE) {
            return Integer.MIN_VALUE;
        }
        return (int) s;
    }

    private static int checkScale(long s) {
        if (s > Integer.MAX_VALUE) {
            throw new ArithmeticException("Underflow");
        }
        if (s < Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow");
        }
        return (int) s;
    }
}
