// Checks java.math.BigInteger arithmetic: construction from strings in
// radix 2/10/16 (with signs, leading zeros) and errors, valueOf and
// constants, add/subtract/multiply/divide/mod/remainder/divideAndRemainder
// with negative operands (divide truncates, mod is non-negative), pow,
// modPow (incl. negative exponent), modInverse, gcd, sqrt, abs/negate/signum,
// compareTo/equals/hashCode, min/max, factorial of 50, fibonacci(300),
// isProbablePrime/nextProbablePrime on small numbers, and the
// ArithmeticException/NumberFormatException messages.
import java.math.BigInteger;
import java.util.Arrays;

public class BigIntegerArithmetic {
    interface Op {
        Object run();
    }

    static void t(String label, Op op) {
        try {
            Object r = op.run();
            if (r instanceof BigInteger[]) r = Arrays.toString((BigInteger[]) r);
            System.out.println(label + " = " + r);
        } catch (ArithmeticException | NumberFormatException e) {
            System.out.println(label + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        t("new(\"123456789012345678901234567890\")", () -> new BigInteger("123456789012345678901234567890"));
        t("new(\"-0000123\")", () -> new BigInteger("-0000123"));
        t("new(\"+42\")", () -> new BigInteger("+42"));
        t("new(\"-0\")", () -> new BigInteger("-0"));
        t("new(\"101010\", 2)", () -> new BigInteger("101010", 2));
        t("new(\"-ff\", 16)", () -> new BigInteger("-ff", 16));
        t("new(\"DEADBEEFCAFEBABE1234\", 16)", () -> new BigInteger("DEADBEEFCAFEBABE1234", 16));
        t("new(\"zz\", 36)", () -> new BigInteger("zz", 36));
        t("new(\"12a\")", () -> new BigInteger("12a"));
        t("new(\"\")", () -> new BigInteger(""));
        t("new(\"-\")", () -> new BigInteger("-"));
        t("new(\" 1\")", () -> new BigInteger(" 1"));
        t("new(\"2\", 2)", () -> new BigInteger("2", 2));
        t("new(\"1\", 99)", () -> new BigInteger("1", 99));
        t("new(\"1-1\")", () -> new BigInteger("1-1"));
        t("valueOf(Long.MIN_VALUE)", () -> BigInteger.valueOf(Long.MIN_VALUE));
        t("constants", () -> BigInteger.ZERO + " " + BigInteger.ONE + " " + BigInteger.TWO + " " + BigInteger.TEN);
        t("valueOf(10) == TEN", () -> BigInteger.valueOf(10) == BigInteger.TEN);

        BigInteger[] vals = {BigInteger.valueOf(17), BigInteger.valueOf(-17), new BigInteger("98765432109876543210"), new BigInteger("-98765432109876543210")};
        BigInteger[] divisors = {BigInteger.valueOf(5), BigInteger.valueOf(-5), new BigInteger("1234567890123")};
        for (BigInteger a : vals) {
            for (BigInteger b : divisors) {
                String p = a + " op " + b;
                t(p + " add/sub/mul", () -> a.add(b) + " " + a.subtract(b) + " " + a.multiply(b));
                t(p + " divide/remainder", () -> a.divide(b) + " " + a.remainder(b));
                t(p + " divideAndRemainder", () -> a.divideAndRemainder(b));
                t(p + " mod", () -> a.mod(b));
            }
        }
        BigInteger x = new BigInteger("-123456789");
        t("divide by zero", () -> x.divide(BigInteger.ZERO));
        t("remainder by zero", () -> x.remainder(BigInteger.ZERO));
        t("mod by zero", () -> x.mod(BigInteger.ZERO));
        t("mod negative", () -> x.mod(BigInteger.valueOf(-7)));
        t("pow(2,100)", () -> BigInteger.TWO.pow(100));
        t("pow(-3,41)", () -> BigInteger.valueOf(-3).pow(41));
        t("pow(x,0)", () -> x.pow(0));
        t("pow(0,0)", () -> BigInteger.ZERO.pow(0));
        t("pow negative exponent", () -> x.pow(-1));
        t("modPow(4,13,497)", () -> BigInteger.valueOf(4).modPow(BigInteger.valueOf(13), BigInteger.valueOf(497)));
        t("modPow(-4,13,497)", () -> BigInteger.valueOf(-4).modPow(BigInteger.valueOf(13), BigInteger.valueOf(497)));
        t("modPow(3,-1,11)", () -> BigInteger.valueOf(3).modPow(BigInteger.valueOf(-1), BigInteger.valueOf(11)));
        t("modPow(2,-1,4)", () -> BigInteger.valueOf(2).modPow(BigInteger.valueOf(-1), BigInteger.valueOf(4)));
        t("modPow(2,10,0)", () -> BigInteger.TWO.modPow(BigInteger.TEN, BigInteger.ZERO));
        t("modPow(2,10,-3)", () -> BigInteger.TWO.modPow(BigInteger.TEN, BigInteger.valueOf(-3)));
        t("modPow(5,0,1)", () -> BigInteger.valueOf(5).modPow(BigInteger.ZERO, BigInteger.ONE));
        t("modPow big", () -> new BigInteger("123456789123456789").modPow(new BigInteger("987654321987654321"), new BigInteger("1000000007")));
        t("modInverse(3,11)", () -> BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)));
        t("modInverse(-3,11)", () -> BigInteger.valueOf(-3).modInverse(BigInteger.valueOf(11)));
        t("modInverse(17,3120)", () -> BigInteger.valueOf(17).modInverse(BigInteger.valueOf(3120)));
        t("modInverse(2,4)", () -> BigInteger.TWO.modInverse(BigInteger.valueOf(4)));
        t("modInverse(3,0)", () -> BigInteger.valueOf(3).modInverse(BigInteger.ZERO));
        t("modInverse(3,1)", () -> BigInteger.valueOf(3).modInverse(BigInteger.ONE));
        t("gcd(12,-18)", () -> BigInteger.valueOf(12).gcd(BigInteger.valueOf(-18)));
        t("gcd(0,0)", () -> BigInteger.ZERO.gcd(BigInteger.ZERO));
        t("gcd(0,-7)", () -> BigInteger.ZERO.gcd(BigInteger.valueOf(-7)));
        t("gcd big", () -> new BigInteger("1071071071071071071071").gcd(new BigInteger("462462462462462462462")));
        t("sqrt(10^30+1)", () -> BigInteger.TEN.pow(30).add(BigInteger.ONE).sqrt());
        t("sqrt(99)", () -> BigInteger.valueOf(99).sqrt());
        t("sqrt(-1)", () -> BigInteger.valueOf(-1).sqrt());
        t("sqrtAndRemainder(99)", () -> BigInteger.valueOf(99).sqrtAndRemainder());
        t("abs/negate/signum", () -> x.abs() + " " + x.negate() + " " + x.signum() + " " + BigInteger.ZERO.signum() + " " + x.negate().signum()
            + " " + BigInteger.ZERO.negate());
        BigInteger a = new BigInteger("1000000000000000000000");
        BigInteger b = new BigInteger("999999999999999999999");
        t("compareTo", () -> a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(new BigInteger("1000000000000000000000"))
            + " " + BigInteger.valueOf(-1).compareTo(BigInteger.ONE));
        t("equals", () -> a.equals(new BigInteger("1000000000000000000000")) + " " + a.equals(b) + " " + BigInteger.ONE.equals(1)
            + " " + BigInteger.ONE.equals(1L) + " " + new BigInteger("-0").equals(BigInteger.ZERO));
        t("hashCode", () -> a.hashCode() + " " + b.hashCode() + " " + BigInteger.ZERO.hashCode() + " " + BigInteger.ONE.hashCode()
            + " " + BigInteger.valueOf(-1).hashCode() + " " + x.hashCode() + " " + BigInteger.TWO.pow(64).hashCode());
        t("min/max", () -> a.min(b) + " " + a.max(b) + " " + x.min(BigInteger.ZERO) + " " + x.max(BigInteger.ZERO));

        final BigInteger fact = fact(50);
        System.out.println("50! = " + fact + " digits " + fact.toString().length() + " bitLength " + fact.bitLength()
            + " trailing zero bits " + fact.getLowestSetBit());
        BigInteger f0 = BigInteger.ZERO, f1 = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            BigInteger next = f0.add(f1);
            f0 = f1;
            f1 = next;
        }
        System.out.println("fib(300) = " + f0);
        System.out.println("fib(300) mod 1000000007 = " + f0.mod(BigInteger.valueOf(1000000007)) + " fib(301)/fib(300) = "
            + f1.multiply(BigInteger.TEN.pow(15)).divide(f0));
        BigInteger binom = fact.divide(fact(25).multiply(fact(25)));
        System.out.println("C(50,25) = " + binom);
        StringBuilder primes = new StringBuilder();
        for (int i = 0; i <= 40; i++) if (BigInteger.valueOf(i).isProbablePrime(4)) primes.append(i).append(' ');
        System.out.println("primes " + primes.toString().trim());
        System.out.println("nextProbablePrime " + BigInteger.valueOf(100).nextProbablePrime() + " " + BigInteger.ZERO.nextProbablePrime()
            + " " + BigInteger.valueOf(7919).nextProbablePrime() + " 2^31-1 prime " + BigInteger.valueOf(Integer.MAX_VALUE).isProbablePrime(4)
            + " 2^32+1 prime " + BigInteger.TWO.pow(32).add(BigInteger.ONE).isProbablePrime(4));
        t("nextProbablePrime(-1)", () -> BigInteger.valueOf(-1).nextProbablePrime());
        t("longValue/intValue", () -> fact.longValue() + " " + fact.intValue() + " " + fact.shortValue() + " " + fact.byteValue()
            + " " + x.longValue() + " " + x.intValue());
        t("doubleValue", () -> fact.doubleValue() + " " + fact.floatValue() + " " + BigInteger.TEN.pow(400).doubleValue()
            + " " + BigInteger.TEN.pow(400).negate().doubleValue() + " " + new BigInteger("9007199254740993").doubleValue());
        t("longValueExact", () -> BigInteger.valueOf(Long.MAX_VALUE).longValueExact());
        t("longValueExact overflow", () -> fact.longValueExact());
        t("intValueExact overflow", () -> BigInteger.valueOf(1L << 31).intValueExact());
        t("shortValueExact overflow", () -> BigInteger.valueOf(40000).shortValueExact());
        t("byteValueExact", () -> BigInteger.valueOf(-128).byteValueExact());
    }

    static BigInteger fact(int n) {
        BigInteger r = BigInteger.ONE;
        for (int i = 2; i <= n; i++) r = r.multiply(BigInteger.valueOf(i));
        return r;
    }
}
