// Checks java.math.BigDecimal basics: construction from strings (scale kept,
// exponent forms), new BigDecimal(double) vs valueOf(double), valueOf(long,
// scale), add/subtract/multiply scales, scale/precision/unscaledValue,
// compareTo vs equals and hashCode (1.0 vs 1.00), toString vs
// toPlainString vs toEngineeringString (including "1E+3", "0.0000001",
// negative scales), stripTrailingZeros, negate/abs/signum/plus, movePoint,
// scaleByPowerOfTen, min/max, conversions (intValue, longValueExact,
// toBigInteger, doubleValue) and NumberFormatException messages.
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

public class BigDecimalBasics {
    interface Op {
        Object run();
    }

    static void t(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException | NumberFormatException e) {
            System.out.println(label + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static String describe(BigDecimal d) {
        return d + " plain=" + d.toPlainString() + " eng=" + d.toEngineeringString() + " scale=" + d.scale()
            + " precision=" + d.precision() + " unscaled=" + d.unscaledValue() + " signum=" + d.signum();
    }

    public static void main(String[] args) {
        String[] inputs = {"1.10", "1.1", "-0.00", "0", "123.4500", "1E+3", "1E3", "1e-3", "0.0000001", "0.000001", "1234.5E-4",
            "-1.23E-10", "12345678901234567890.123456789", "+5", ".5", "5.", "1E-7", "100E-2", "0E+5", "0E-10", "-7.5E+2", "1.0E+10"};
        for (String s : inputs) t("new(\"" + s + "\")", () -> describe(new BigDecimal(s)));
        String[] bad = {"", "abc", "1.2.3", "1e", "--1", "1 ", "1,000", "1E9999999999"};
        for (String s : bad) t("new(\"" + s + "\")", () -> new BigDecimal(s));
        t("new(double 0.1)", () -> new BigDecimal(0.1));
        t("valueOf(0.1)", () -> BigDecimal.valueOf(0.1));
        t("new(double 2.5)", () -> new BigDecimal(2.5));
        t("valueOf(1e10)", () -> describe(BigDecimal.valueOf(1e10)));
        t("valueOf(100.0)", () -> describe(BigDecimal.valueOf(100.0)));
        t("valueOf(1e-7)", () -> describe(BigDecimal.valueOf(1e-7)));
        t("valueOf(123, 2)", () -> BigDecimal.valueOf(123, 2));
        t("valueOf(123, -2)", () -> describe(BigDecimal.valueOf(123, -2)));
        t("valueOf(5L)", () -> describe(BigDecimal.valueOf(5L)));
        t("new(NaN)", () -> new BigDecimal(Double.NaN));
        t("valueOf(Infinity)", () -> BigDecimal.valueOf(Double.POSITIVE_INFINITY));
        t("new(BigInteger, 3)", () -> new BigDecimal(BigInteger.valueOf(-12345), 3));
        t("new(char[])", () -> new BigDecimal(new char[] {'x', '4', '.', '2', 'y'}, 1, 3));
        t("constants", () -> BigDecimal.ZERO + " " + BigDecimal.ONE + " " + BigDecimal.TEN);

        BigDecimal a = new BigDecimal("1.10");
        BigDecimal b = new BigDecimal("2.205");
        t("add", () -> describe(a.add(b)));
        t("subtract", () -> describe(a.subtract(b)));
        t("multiply", () -> describe(a.multiply(b)));
        t("add zero scales", () -> new BigDecimal("1.5").add(new BigDecimal("0.000")) + " " + new BigDecimal("1E+2").add(new BigDecimal("1")));
        t("0.1+0.2", () -> new BigDecimal("0.1").add(new BigDecimal("0.2")) + " vs double " + (0.1 + 0.2));
        t("money sum", () -> {
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < 10; i++) total = total.add(new BigDecimal("0.10"));
            return total + " equals 1.00 " + total.equals(new BigDecimal("1.00")) + " compareTo 1 " + total.compareTo(BigDecimal.ONE);
        });
        BigDecimal one = new BigDecimal("1.0");
        BigDecimal oneB = new BigDecimal("1.00");
        t("1.0 vs 1.00", () -> "compareTo " + one.compareTo(oneB) + " equals " + one.equals(oneB) + " hash " + one.hashCode() + " " + oneB.hashCode()
            + " stripped equal " + one.stripTrailingZeros().equals(oneB.stripTrailingZeros()));
        t("compareTo", () -> new BigDecimal("-2").compareTo(new BigDecimal("-10")) + " " + new BigDecimal("0.001").compareTo(new BigDecimal("1E-3"))
            + " " + new BigDecimal("0.001").equals(new BigDecimal("1E-3")) + " " + BigDecimal.ZERO.equals(new BigDecimal("0.0")));
        t("hashCode", () -> new BigDecimal("123.45").hashCode() + " " + new BigDecimal("-1").hashCode() + " " + BigDecimal.ZERO.hashCode());
        String[] strip = {"1.500", "100", "1E+2", "0.000", "-12.3400", "1200.0", "0"};
        for (String s : strip) t("stripTrailingZeros(" + s + ")", () -> describe(new BigDecimal(s).stripTrailingZeros()));
        BigDecimal n = new BigDecimal("-123.456");
        t("negate/abs/plus/signum", () -> n.negate() + " " + n.abs() + " " + n.plus() + " " + n.signum() + " " + BigDecimal.ZERO.negate()
            + " " + new BigDecimal("-0.0").signum());
        t("movePointLeft(2)", () -> describe(n.movePointLeft(2)));
        t("movePointRight(5)", () -> describe(n.movePointRight(5)));
        t("movePointLeft(-1)", () -> describe(n.movePointLeft(-1)));
        t("scaleByPowerOfTen(3)", () -> describe(n.scaleByPowerOfTen(3)));
        t("scaleByPowerOfTen(-4)", () -> describe(n.scaleByPowerOfTen(-4)));
        t("min/max", () -> n.min(BigDecimal.ONE) + " " + n.max(BigDecimal.ONE) + " " + one.max(oneB) + " " + oneB.max(one));
        t("pow", () -> new BigDecimal("1.1").pow(3) + " " + new BigDecimal("-0.5").pow(5) + " " + new BigDecimal("2.50").pow(0));
        t("pow(-1)", () -> new BigDecimal("2").pow(-1));
        t("intValue/longValue", () -> n.intValue() + " " + n.longValue() + " " + new BigDecimal("1E+20").longValue() + " "
            + new BigDecimal("99999999999.9").intValue());
        t("toBigInteger", () -> n.toBigInteger() + " " + new BigDecimal("1E+5").toBigInteger() + " " + new BigDecimal("-0.99").toBigInteger());
        t("toBigIntegerExact", () -> new BigDecimal("12.50").toBigIntegerExact());
        t("toBigIntegerExact ok", () -> new BigDecimal("12.00").toBigIntegerExact());
        t("intValueExact", () -> new BigDecimal("12.3").intValueExact());
        t("longValueExact", () -> new BigDecimal("1E+19").longValueExact());
        t("doubleValue", () -> n.doubleValue() + " " + new BigDecimal("0.1").doubleValue() + " " + new BigDecimal("1E+400").doubleValue()
            + " " + new BigDecimal("1E-400").doubleValue() + " " + new BigDecimal("123456789.123456789").floatValue());
        t("ulp", () -> n.ulp() + " " + new BigDecimal("1E+3").ulp() + " " + BigDecimal.ONE.ulp());
        t("unscaled/scale of sum of mixed", () -> describe(new BigDecimal("1E+3").add(new BigDecimal("0.5"))));
        BigDecimal[] sorted = {new BigDecimal("2.0"), new BigDecimal("-1"), new BigDecimal("1.99"), new BigDecimal("2"), new BigDecimal("0.5E1")};
        Arrays.sort(sorted);
        t("sorted", () -> Arrays.toString(sorted));
        t("toString exponent rules", () -> new BigDecimal(BigInteger.valueOf(123), -1) + " " + new BigDecimal(BigInteger.valueOf(123), 5)
            + " " + new BigDecimal(BigInteger.valueOf(123), 8) + " " + new BigDecimal(BigInteger.valueOf(123), 9)
            + " " + new BigDecimal(BigInteger.valueOf(-123), 12) + " " + new BigDecimal(BigInteger.ZERO, 7) + " " + new BigDecimal(BigInteger.ZERO, -2)
            + " " + new BigDecimal(BigInteger.ZERO, -3).toEngineeringString() + " " + new BigDecimal("12E+4").toEngineeringString()
            + " " + new BigDecimal("1E-4").toEngineeringString() + " " + new BigDecimal("1.5E-8").toEngineeringString());
    }
}
