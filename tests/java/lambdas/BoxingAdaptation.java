// Checks the boxing, unboxing, widening and result-dropping adaptations that
// LambdaMetafactory performs between a method reference's signature and the
// functional interface: Function<Integer,Integer> from int m(int),
// ToLongFunction from an int-returning method, Supplier<Object> from a
// long-returning method, Consumer from a value-returning method, widening of
// int to long/double parameters and results, char to int, Integer to Number.
import java.util.*;
import java.util.function.*;

public class BoxingAdaptation {
    static int calls = 0;

    static int twice(int x) { calls++; return x * 2; }
    static long big(int x) { return x * 10_000_000_000L; }
    static long answer() { return 42L; }
    static int count(String s) { calls++; return s.length(); }
    static double half(long x) { return x / 2.0; }
    static char initial(String s) { return s.charAt(0); }
    static boolean isEven(int x) { return x % 2 == 0; }
    static Integer boxedSquare(Integer x) { return x * x; }
    static byte toByte(int x) { return (byte) x; }
    static short toShort(int x) { return (short) x; }
    static float third(int x) { return x / 3.0f; }
    static String describe(Number n) { return n.getClass().getSimpleName() + ":" + n; }
    static String describeObj(Object o) { return o == null ? "null" : o.getClass().getSimpleName() + ":" + o; }
    static int sum(int a, int b) { return a + b; }
    static long lsum(long a, long b) { return a + b; }

    public static void main(String[] args) {
        // int m(int) as Function<Integer,Integer>: unbox argument, box result
        Function<Integer, Integer> f = BoxingAdaptation::twice;
        System.out.println("Function<Integer,Integer>: " + f.apply(21));
        UnaryOperator<Integer> u = BoxingAdaptation::twice;
        System.out.println("UnaryOperator<Integer>: " + u.apply(-4));
        // int m(int) as IntFunction<Integer>, IntUnaryOperator, IntToLongFunction (widened), IntToDoubleFunction
        IntFunction<Integer> intFn = BoxingAdaptation::twice;
        IntUnaryOperator iu = BoxingAdaptation::twice;
        IntToLongFunction itl = BoxingAdaptation::twice;
        IntToDoubleFunction itd = BoxingAdaptation::twice;
        System.out.println("IntFunction: " + intFn.apply(5) + " IntUnaryOperator: " + iu.applyAsInt(6)
                + " IntToLong: " + itl.applyAsLong(Integer.MAX_VALUE) + " IntToDouble: " + itd.applyAsDouble(7));
        // int result widened to long through ToLongFunction
        ToLongFunction<String> tl = BoxingAdaptation::count;
        ToDoubleFunction<String> td = BoxingAdaptation::count;
        System.out.println("ToLongFunction from int: " + tl.applyAsLong("hello") + " ToDoubleFunction: " + td.applyAsDouble("hey"));
        // long-returning method as Supplier<Object> and Supplier<Long>, Supplier<Number>
        Supplier<Object> so = BoxingAdaptation::answer;
        Supplier<Long> sl = BoxingAdaptation::answer;
        Supplier<Number> sn = BoxingAdaptation::answer;
        Object o = so.get();
        System.out.println("Supplier<Object> from long: " + o + " class=" + o.getClass().getName());
        System.out.println("Supplier<Long>: " + sl.get() + " Supplier<Number>: " + sn.get().getClass().getSimpleName());
        DoubleSupplier ds = BoxingAdaptation::answer;
        System.out.println("DoubleSupplier from long: " + ds.getAsDouble());
        // value-returning method as Consumer: result dropped
        int before = calls;
        Consumer<String> c = BoxingAdaptation::count;
        c.accept("discarded");
        IntConsumer ic = BoxingAdaptation::twice;
        ic.accept(3);
        Consumer<Integer> boxedConsumer = BoxingAdaptation::twice;
        boxedConsumer.accept(9);
        Runnable r = BoxingAdaptation::answer;
        r.run();
        System.out.println("consumers ran, calls delta=" + (calls - before));
        // int argument widened to long parameter
        IntToDoubleFunction widenArg = BoxingAdaptation::half;
        Function<Integer, Double> widenBoxedArg = x -> half(x);
        LongFunction<Long> lf = BoxingAdaptation::big2;
        System.out.println("half(int->long): " + widenArg.applyAsDouble(7) + " " + widenBoxedArg.apply(9) + " big2: " + lf.apply(3L));
        IntFunction<Long> bigFn = BoxingAdaptation::big;
        System.out.println("big: " + bigFn.apply(3));
        // char result as Function<String,Character>, as ToIntFunction (widened)
        Function<String, Character> fc = BoxingAdaptation::initial;
        ToIntFunction<String> fci = BoxingAdaptation::initial;
        System.out.println("initial: " + fc.apply("zebra") + " as int: " + fci.applyAsInt("zebra"));
        // byte/short/float results
        IntFunction<Byte> fb = BoxingAdaptation::toByte;
        IntUnaryOperator fbi = BoxingAdaptation::toByte;
        IntFunction<Short> fs = BoxingAdaptation::toShort;
        IntFunction<Float> ff = BoxingAdaptation::third;
        IntToDoubleFunction ffd = BoxingAdaptation::third;
        System.out.println("byte: " + fb.apply(300) + " " + fbi.applyAsInt(255) + " short: " + fs.apply(70000)
                + " float: " + ff.apply(10) + " float->double: " + ffd.applyAsDouble(10));
        // boolean
        IntPredicate ip = BoxingAdaptation::isEven;
        Predicate<Integer> bp = BoxingAdaptation::isEven;
        Function<Integer, Boolean> fbool = BoxingAdaptation::isEven;
        System.out.println("isEven: " + ip.test(4) + " " + bp.test(5) + " " + fbool.apply(6));
        // Integer m(Integer) as IntUnaryOperator: box argument, unbox result
        IntUnaryOperator unboxing = BoxingAdaptation::boxedSquare;
        System.out.println("boxedSquare as IntUnaryOperator: " + unboxing.applyAsInt(12));
        // Number parameter taking Integer/Long/Double; Object parameter taking primitives
        Function<Integer, String> num = BoxingAdaptation::describe;
        IntFunction<String> numPrim = BoxingAdaptation::describe;
        LongFunction<String> numLong = BoxingAdaptation::describe;
        DoubleFunction<String> numDouble = BoxingAdaptation::describe;
        System.out.println(num.apply(1) + " " + numPrim.apply(2) + " " + numLong.apply(3L) + " " + numDouble.apply(4.5));
        IntFunction<String> objPrim = BoxingAdaptation::describeObj;
        Function<Character, String> objChar = BoxingAdaptation::describeObj;
        System.out.println(objPrim.apply(7) + " " + objChar.apply('q') + " " + describeObj(null));
        // BiFunction / BinaryOperator from int sum(int,int)
        BiFunction<Integer, Integer, Integer> bf = BoxingAdaptation::sum;
        BinaryOperator<Integer> bo = BoxingAdaptation::sum;
        IntBinaryOperator ibo = BoxingAdaptation::sum;
        LongBinaryOperator lbo = BoxingAdaptation::lsum;
        ToLongBiFunction<Integer, Integer> tlb = BoxingAdaptation::sum;
        System.out.println("sum: " + bf.apply(2, 3) + " " + bo.apply(40, 2) + " " + ibo.applyAsInt(-1, 1)
                + " " + lbo.applyAsLong(Long.MAX_VALUE, 1) + " " + tlb.applyAsLong(Integer.MAX_VALUE, 1));
        // Unboxing null throws NullPointerException
        try {
            f.apply(null);
            System.out.println("no exception?");
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NullPointerException");
        }
        Supplier<Integer> nullSupplier = () -> null;
        IntSupplier viaRef = nullSupplier::get;
        try {
            System.out.println(viaRef.getAsInt());
        } catch (NullPointerException e) {
            System.out.println("unboxing null result: NullPointerException");
        }
        // Integer cache identity through boxing adaptation: both come from Integer.valueOf
        Function<Integer, Integer> id = BoxingAdaptation::twice;
        System.out.println("cached identity: " + (id.apply(50) == id.apply(50)) + " uncached identity: " + (id.apply(500) == id.apply(500)));
        // lambdas with explicit primitive params vs boxed
        BiFunction<Double, Double, Double> pow = Math::pow;
        DoubleBinaryOperator dpow = Math::pow;
        System.out.println("pow: " + pow.apply(2.0, 10.0) + " " + dpow.applyAsDouble(3, 3));
        Function<String, Object> parse = Long::parseLong;
        Object parsed = parse.apply("123456789012");
        System.out.println("parsed: " + parsed + " " + parsed.getClass().getSimpleName());
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 8, 1));
        nums.replaceAll(BoxingAdaptation::twice);
        nums.sort(Integer::compare);
        System.out.println("replaceAll+sort: " + nums);
    }

    static long big2(long x) { return x << 33; }
}
