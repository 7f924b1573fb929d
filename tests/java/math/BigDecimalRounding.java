// Checks BigDecimal rounding: setScale with every RoundingMode (UP, DOWN,
// CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY -> "Rounding
// necessary") on positive and negative halves, setScale to a larger scale,
// divide with scale and RoundingMode, divide with MathContext, the
// non-terminating decimal expansion message, divide by zero messages
// ("Division by zero", "Division undefined"), divideToIntegralValue,
// remainder/divideAndRemainder with negatives, round(MathContext),
// sqrt(MathContext), and the legacy int rounding constants.
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

public class BigDecimalRounding {
    interface Op {
        Object run();
    }

    static void t(String label, Op op) {
        try {
            Object r = op.run();
            if (r instanceof Object[]) r = Arrays.toString((Object[]) r);
            System.out.println(label + " = " + r);
        } catch (ArithmeticException | IllegalArgumentException e) {
            System.out.println(label + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @SuppressWarnings("deprecation")
    public static void main(String[] args) {
        String[] values = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.05", "2.50001", "-2.4999"};
        StringBuilder header = new StringBuilder("value");
        for (RoundingMode m : RoundingMode.values()) header.append(' ').append(m);
        System.out.println(header);
        for (String v : values) {
            BigDecimal d = new BigDecimal(v);
            StringBuilder sb = new StringBuilder(v);
            for (RoundingMode m : RoundingMode.values()) {
                try {
                    sb.append(' ').append(d.setScale(0, m));
                } catch (ArithmeticException e) {
                    sb.append(" !").append(e.getMessage());
                }
            }
            System.out.println(sb);
        }
        BigDecimal price = new BigDecimal("2.345");
        for (RoundingMode m : RoundingMode.values()) {
            t("2.345 setScale(2, " + m + ")", () -> price.setScale(2, m) + " / -2.345 -> " + price.negate().setScale(2, m));
        }
        t("setScale(5) grow", () -> price.setScale(5));
        t("setScale(2) no mode", () -> price.setScale(2));
        t("setScale(1) exact", () -> new BigDecimal("2.50").setScale(1));
        t("setScale(-1, HALF_UP)", () -> new BigDecimal("1250").setScale(-2, RoundingMode.HALF_UP));
        t("valueOf RoundingMode", () -> RoundingMode.valueOf("HALF_EVEN") + " " + RoundingMode.valueOf(BigDecimal.ROUND_HALF_UP)
            + " ordinal " + RoundingMode.CEILING.ordinal());
        t("RoundingMode.valueOf(99)", () -> RoundingMode.valueOf(99));
        t("legacy setScale", () -> price.setScale(1, BigDecimal.ROUND_HALF_EVEN) + " " + price.setScale(1, BigDecimal.ROUND_DOWN));
        t("legacy invalid", () -> price.setScale(1, 42));

        BigDecimal ten = BigDecimal.TEN;
        BigDecimal three = new BigDecimal("3");
        t("10/3", () -> ten.divide(three));
        t("1/8", () -> BigDecimal.ONE.divide(new BigDecimal("8")));
        t("1.00/8", () -> new BigDecimal("1.00").divide(new BigDecimal("8")));
        t("6/2.0", () -> new BigDecimal("6").divide(new BigDecimal("2.0")));
        t("100/4", () -> new BigDecimal("100").divide(new BigDecimal("4")));
        t("1/32", () -> BigDecimal.ONE.divide(new BigDecimal("32")));
        t("10/3 scale 5 HALF_UP", () -> ten.divide(three, 5, RoundingMode.HALF_UP));
        t("-10/3 scale 0 FLOOR", () -> ten.negate().divide(three, 0, RoundingMode.FLOOR));
        t("-10/3 scale 0 DOWN", () -> ten.negate().divide(three, 0, RoundingMode.DOWN));
        t("10/3 RoundingMode only", () -> new BigDecimal("10.00").divide(three, RoundingMode.HALF_EVEN));
        t("2/3 DECIMAL32", () -> new BigDecimal("2").divide(three, MathContext.DECIMAL32));
        t("2/3 DECIMAL64", () -> new BigDecimal("2").divide(three, MathContext.DECIMAL64));
        t("2/3 DECIMAL128", () -> new BigDecimal("2").divide(three, MathContext.DECIMAL128));
        t("1/7 precision 10 DOWN", () -> BigDecimal.ONE.divide(new BigDecimal("7"), new MathContext(10, RoundingMode.DOWN)));
        t("10/3 UNNECESSARY", () -> ten.divide(three, 2, RoundingMode.UNNECESSARY));
        t("1/0", () -> BigDecimal.ONE.divide(BigDecimal.ZERO));
        t("0/0", () -> BigDecimal.ZERO.divide(BigDecimal.ZERO));
        t("1/0 scaled", () -> BigDecimal.ONE.divide(BigDecimal.ZERO, 2, RoundingMode.HALF_UP));
        t("0/5", () -> BigDecimal.ZERO.divide(new BigDecimal("5.00")));
        t("divideToIntegralValue(-7.5, 2)", () -> new BigDecimal("-7.5").divideToIntegralValue(new BigDecimal("2")));
        t("remainder(-7.5, 2)", () -> new BigDecimal("-7.5").remainder(new BigDecimal("2")));
        t("remainder(7.5, -2)", () -> new BigDecimal("7.5").remainder(new BigDecimal("-2")));
        t("divideAndRemainder(10.75, 0.5)", () -> new BigDecimal("10.75").divideAndRemainder(new BigDecimal("0.5")));
        t("remainder by zero", () -> BigDecimal.ONE.remainder(BigDecimal.ZERO));
        t("round 123.456 mc3", () -> new BigDecimal("123.456").round(new MathContext(3)));
        t("round 123.456 mc2 CEILING", () -> new BigDecimal("123.456").round(new MathContext(2, RoundingMode.CEILING)));
        t("round 9.99 mc2", () -> new BigDecimal("9.99").round(new MathContext(2)));
        t("round 0.000123456 mc2", () -> new BigDecimal("0.000123456").round(new MathContext(2)));
        t("round mc0 unlimited", () -> new BigDecimal("123.456").round(MathContext.UNLIMITED));
        t("MathContext toString", () -> new MathContext(5, RoundingMode.HALF_DOWN) + " | " + MathContext.DECIMAL64);
        t("new MathContext(-1)", () -> new MathContext(-1));
        t("add with mc", () -> new BigDecimal("1234.5").add(new BigDecimal("0.0001"), new MathContext(6)));
        t("multiply with mc", () -> new BigDecimal("3.14159").multiply(new BigDecimal("2.71828"), new MathContext(4)));
        t("sqrt(2) mc20", () -> new BigDecimal("2").sqrt(new MathContext(20)));
        t("sqrt(0.25) mc10", () -> new BigDecimal("0.25").sqrt(new MathContext(10)));
        t("sqrt(-1)", () -> new BigDecimal("-1").sqrt(MathContext.DECIMAL64));
        BigDecimal amount = new BigDecimal("1000.00");
        BigDecimal rate = new BigDecimal("0.0375");
        BigDecimal balance = amount;
        for (int year = 1; year <= 5; year++) {
            balance = balance.add(balance.multiply(rate)).setScale(2, RoundingMode.HALF_EVEN);
            System.out.println("year " + year + " balance " + balance);
        }
        BigDecimal share = new BigDecimal("100.00").divide(three, 2, RoundingMode.DOWN);
        BigDecimal remainder = new BigDecimal("100.00").subtract(share.multiply(three));
        System.out.println("split 100.00 in 3: " + share + " each, remainder " + remainder);
    }
}
