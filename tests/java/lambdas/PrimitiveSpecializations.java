// Checks every primitive specialization of java.util.function, via lambdas
// and method references, including their default methods (andThen, compose,
// and/or/negate) and static helpers (identity).
import java.util.function.*;

public class PrimitiveSpecializations {
    static String fmt(double d) { return String.valueOf(d); }

    public static void main(String[] args) {
        // Int*
        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator dbl = x -> x * 2;
        System.out.println("IntUnaryOperator: " + inc.applyAsInt(5) + " andThen=" + inc.andThen(dbl).applyAsInt(5)
                + " compose=" + inc.compose(dbl).applyAsInt(5) + " identity=" + IntUnaryOperator.identity().applyAsInt(-9));
        IntBinaryOperator mul = (a, b) -> a * b;
        System.out.println("IntBinaryOperator: " + mul.applyAsInt(6, 7) + " overflow=" + mul.applyAsInt(65536, 65536));
        IntPredicate pos = x -> x > 0;
        IntPredicate even = x -> (x & 1) == 0;
        for (int v : new int[] {-2, -1, 0, 1, 2}) {
            System.out.println("IntPredicate " + v + ": pos=" + pos.test(v) + " even=" + even.test(v)
                    + " and=" + pos.and(even).test(v) + " or=" + pos.or(even).test(v) + " negate=" + pos.negate().test(v));
        }
        IntSupplier is = () -> Integer.MIN_VALUE;
        IntConsumer ic = x -> System.out.print("[int " + x + "]");
        ic.andThen(x -> System.out.println("[again " + (x + 1) + "]")).accept(is.getAsInt());
        IntFunction<String> ifn = Integer::toHexString;
        IntToLongFunction itl = x -> (long) x * x;
        IntToDoubleFunction itd = x -> x / 4.0;
        System.out.println("IntFunction: " + ifn.apply(-1) + " IntToLong: " + itl.applyAsLong(100000) + " IntToDouble: " + itd.applyAsDouble(3));

        // Long*
        LongUnaryOperator lneg = x -> -x;
        LongBinaryOperator lmax = Math::max;
        LongPredicate lbig = x -> x > Integer.MAX_VALUE;
        LongSupplier ls = () -> Long.MAX_VALUE;
        LongFunction<String> lfn = Long::toBinaryString;
        LongToIntFunction lti = x -> (int) x;
        LongToDoubleFunction ltd = x -> x;
        System.out.println("LongUnaryOperator: " + lneg.applyAsLong(Long.MIN_VALUE) + " andThen=" + lneg.andThen(x -> x + 1).applyAsLong(5)
                + " compose=" + lneg.compose(x -> x * 3).applyAsLong(5) + " identity=" + LongUnaryOperator.identity().applyAsLong(8));
        System.out.println("LongBinaryOperator: " + lmax.applyAsLong(-3, 4) + " LongPredicate: " + lbig.test(1L << 31) + " " + lbig.negate().test(1L << 31)
                + " and=" + lbig.and(x -> x < 0).test(5) + " or=" + lbig.or(x -> x < 0).test(-5));
        System.out.println("LongSupplier: " + ls.getAsLong() + " LongFunction: " + lfn.apply(10) + " LongToInt: " + lti.applyAsInt(ls.getAsLong())
                + " LongToDouble: " + ltd.applyAsDouble(ls.getAsLong()));
        long[] lsum = {0};
        LongConsumer lc = x -> lsum[0] += x;
        lc.andThen(x -> lsum[0] *= 2).accept(21);
        System.out.println("LongConsumer: " + lsum[0]);

        // Double*
        DoubleUnaryOperator sq = x -> x * x;
        DoubleUnaryOperator half = x -> x / 2;
        DoubleBinaryOperator hyp = Math::hypot;
        DoublePredicate nan = Double::isNaN;
        DoubleSupplier pi = () -> Math.PI;
        DoubleFunction<String> dfn = PrimitiveSpecializations::fmt;
        DoubleToIntFunction dti = x -> (int) x;
        DoubleToLongFunction dtl = Math::round;
        System.out.println("DoubleUnaryOperator: " + sq.applyAsDouble(1.5) + " andThen=" + sq.andThen(half).applyAsDouble(3)
                + " compose=" + sq.compose(half).applyAsDouble(3) + " identity=" + DoubleUnaryOperator.identity().applyAsDouble(-0.0));
        System.out.println("DoubleBinaryOperator: " + hyp.applyAsDouble(3, 4) + " DoublePredicate: " + nan.test(0.0 / 0.0) + " " + nan.negate().test(1)
                + " and=" + nan.and(x -> true).test(Double.NaN) + " or=" + nan.or(x -> x > 1).test(2));
        System.out.println("DoubleSupplier: " + pi.getAsDouble() + " DoubleFunction: " + dfn.apply(1e10) + " DoubleToInt: " + dti.applyAsInt(-2.9)
                + " " + dti.applyAsInt(1e20) + " DoubleToLong: " + dtl.applyAsLong(2.5) + " " + dtl.applyAsLong(Double.NaN));
        double[] dacc = {1};
        DoubleConsumer dc = x -> dacc[0] *= x;
        dc.andThen(dc).accept(3);
        System.out.println("DoubleConsumer: " + dacc[0]);

        // To*Function and To*BiFunction
        ToIntFunction<String> len = String::length;
        ToLongFunction<String> hash = s -> s.hashCode() * 1000L;
        ToDoubleFunction<Integer> root = Math::sqrt;
        ToIntBiFunction<String, String> idx = String::indexOf;
        ToLongBiFunction<Long, Integer> shl = (a, b) -> a << b;
        ToDoubleBiFunction<Integer, Integer> div = (a, b) -> (double) a / b;
        System.out.println("ToInt: " + len.applyAsInt("abcd") + " ToLong: " + hash.applyAsLong("hi") + " ToDouble: " + root.applyAsDouble(2));
        System.out.println("ToIntBi: " + idx.applyAsInt("banana", "nan") + " ToLongBi: " + shl.applyAsLong(1L, 62) + " ToDoubleBi: " + div.applyAsDouble(1, 3));

        // Obj*Consumer
        StringBuilder sb = new StringBuilder();
        ObjIntConsumer<StringBuilder> oic = (b, x) -> b.append(x).append(';');
        ObjLongConsumer<StringBuilder> olc = (b, x) -> b.append(x).append('L').append(';');
        ObjDoubleConsumer<StringBuilder> odc = StringBuilder::append;
        oic.accept(sb, 1);
        olc.accept(sb, 2);
        odc.accept(sb, 3.25);
        System.out.println("Obj*Consumer: " + sb);

        // BooleanSupplier
        boolean[] flag = {false};
        BooleanSupplier bs = () -> flag[0];
        System.out.print("BooleanSupplier: " + bs.getAsBoolean());
        flag[0] = true;
        System.out.println(" " + bs.getAsBoolean());
        BooleanSupplier fromRef = "abc"::isEmpty;
        System.out.println("BooleanSupplier ref: " + fromRef.getAsBoolean());

        // Generic two-arg consumer / predicate
        BiConsumer<String, Integer> bic = (s, n) -> System.out.print(s.repeat(n));
        bic.andThen((s, n) -> System.out.println("|" + n)).accept("ab", 3);
        BiPredicate<String, Integer> longer = (s, n) -> s.length() > n;
        System.out.println("BiPredicate: " + longer.test("abc", 2) + " " + longer.negate().test("abc", 2)
                + " and=" + longer.and((s, n) -> n > 0).test("abc", -1) + " or=" + longer.or((s, n) -> n < 0).test("", -1));
    }
}
