// Checks every kind of method reference: static (Integer::parseInt), bound
// receiver (str::concat, this::m, super::m), unbound receiver
// (String::length, Object::toString), constructors (ArrayList::new,
// Point::new with arguments, inner-class constructors), array constructors
// (int[]::new, String[]::new, int[][]::new), and that a bound receiver is
// evaluated once, when the reference is created.
import java.util.*;
import java.util.function.*;

public class MethodRefKinds {
    static class Base {
        String who() { return "Base.who"; }
        String greet(String s) { return "Base greets " + s; }
    }

    static class Derived extends Base {
        @Override String who() { return "Derived.who"; }
        @Override String greet(String s) { return "Derived greets " + s; }

        Supplier<String> thisWho() { return this::who; }
        Supplier<String> superWho() { return super::who; }
        Function<String, String> thisGreet() { return this::greet; }
        Function<String, String> superGreet() { return super::greet; }
    }

    static class Point {
        final int x, y;
        static int created = 0;
        Point() { this(0, 0); }
        Point(int x) { this(x, x); }
        Point(int x, int y) { this.x = x; this.y = y; created++; }
        @Override public String toString() { return "Point(" + x + "," + y + ")"; }
        int sum() { return x + y; }
        Point plus(Point o) { return new Point(x + o.x, y + o.y); }
        static Point origin() { return new Point(); }
    }

    class Inner {
        final String v;
        Inner(String v) { this.v = v; }
        @Override public String toString() { return "Inner[" + v + "," + tag + "]"; }
    }

    String tag = "outerTag";

    static int receiverEvaluations = 0;
    static String receiver() {
        receiverEvaluations++;
        return "recv";
    }

    public static void main(String[] args) {
        // static
        Function<String, Integer> parse = Integer::parseInt;
        ToIntFunction<String> parseInt = Integer::parseInt;
        BiFunction<String, Integer, Integer> parseRadix = Integer::parseInt;
        System.out.println("parse: " + parse.apply("123") + " " + parseInt.applyAsInt("-45") + " " + parseRadix.apply("ff", 16));
        BinaryOperator<Integer> max = Math::max;
        IntBinaryOperator imax = Math::max;
        DoubleUnaryOperator sqrt = Math::sqrt;
        System.out.println("max: " + max.apply(3, 9) + " " + imax.applyAsInt(-1, -5) + " sqrt: " + sqrt.applyAsDouble(2.0));
        Supplier<Point> origin = Point::origin;
        System.out.println("origin: " + origin.get());
        Function<Object, String> valueOf = String::valueOf;
        System.out.println("valueOf: " + valueOf.apply(null) + " " + valueOf.apply(List.of(1, 2)));

        // bound receiver
        String str = "foo";
        Function<String, String> concat = str::concat;
        System.out.println("concat: " + concat.apply("bar") + " " + concat.apply(""));
        Predicate<String> startsWith = "prefix-value"::startsWith;
        System.out.println("startsWith: " + startsWith.test("prefix") + " " + startsWith.test("value"));
        Supplier<Integer> len = str::length;
        System.out.println("len: " + len.get());
        List<String> list = new ArrayList<>();
        Consumer<String> adder = list::add;   // boolean result dropped
        adder.accept("one");
        adder.accept("two");
        System.out.println("list: " + list);
        IntFunction<String> getter = list::get;
        System.out.println("getter: " + getter.apply(1));
        StringBuilder sb = new StringBuilder();
        Function<String, StringBuilder> append = sb::append;
        append.apply("x").append("y");
        append.apply("z");
        System.out.println("sb: " + sb);

        // receiver evaluated once at creation
        Supplier<String> upper = receiver()::toUpperCase;
        System.out.println("evaluations after creation: " + receiverEvaluations);
        System.out.println(upper.get() + upper.get() + upper.get());
        System.out.println("evaluations after 3 calls: " + receiverEvaluations);

        // this:: and super::
        Derived d = new Derived();
        System.out.println("this::who -> " + d.thisWho().get());
        System.out.println("super::who -> " + d.superWho().get());
        System.out.println("this::greet -> " + d.thisGreet().apply("x"));
        System.out.println("super::greet -> " + d.superGreet().apply("y"));
        Base asBase = d;
        Supplier<String> boundVirtual = asBase::who;
        System.out.println("asBase::who -> " + boundVirtual.get());

        // unbound receiver
        Function<String, Integer> length = String::length;
        ToIntFunction<String> lengthInt = String::length;
        System.out.println("length: " + length.apply("four") + " " + lengthInt.applyAsInt(""));
        Function<Object, String> toStr = Object::toString;
        System.out.println("toString: " + toStr.apply(42) + " " + toStr.apply("s") + " " + toStr.apply(new Point(1, 2)) + " " + toStr.apply(new Object() { public String toString() { return "anon"; } }));
        Function<Base, String> who = Base::who;
        System.out.println("Base::who on Base: " + who.apply(new Base()) + ", on Derived: " + who.apply(d));
        BiFunction<String, String, Boolean> eq = String::equalsIgnoreCase;
        System.out.println("equalsIgnoreCase: " + eq.apply("AbC", "aBc") + " " + eq.apply("a", "b"));
        BiFunction<Point, Point, Point> plus = Point::plus;
        System.out.println("plus: " + plus.apply(new Point(1, 2), new Point(10, 20)));
        ToIntFunction<Point> sum = Point::sum;
        System.out.println("sum: " + sum.applyAsInt(new Point(7, 8)));
        Comparator<String> cmp = String::compareTo;
        System.out.println("compareTo: " + Integer.signum(cmp.compare("a", "b")) + " " + cmp.compare("same", "same"));
        Function<List<String>, Integer> size = List::size;
        System.out.println("List::size: " + size.apply(list));

        // constructors
        Supplier<List<String>> newList = ArrayList::new;
        List<String> l1 = newList.get();
        l1.add("fresh");
        System.out.println("ArrayList::new -> " + l1 + " distinct=" + (newList.get() != newList.get()));
        Function<Collection<String>, ArrayList<String>> copy = ArrayList::new;
        System.out.println("copy: " + copy.apply(list));
        Supplier<Point> p0 = Point::new;
        IntFunction<Point> p1 = Point::new;
        BiFunction<Integer, Integer, Point> p2 = Point::new;
        System.out.println("Point::new -> " + p0.get() + " " + p1.apply(5) + " " + p2.apply(3, 4));
        System.out.println("points created: " + Point.created);
        Function<String, Integer> boxCtor = Integer::valueOf;
        Function<String, StringBuilder> sbCtor = StringBuilder::new;
        System.out.println("StringBuilder::new -> " + sbCtor.apply("init").reverse());
        MethodRefKinds outer = new MethodRefKinds();
        Function<String, Inner> innerCtor = s -> outer.new Inner(s);
        System.out.println("inner: " + innerCtor.apply("v1") + " " + boxCtor.apply("8"));
        Function<String, Inner> innerRef = outer.makeInnerFactory();
        outer.tag = "changed";
        System.out.println("inner via Inner::new: " + innerRef.apply("v2"));

        // array constructors
        IntFunction<int[]> newInts = int[]::new;
        int[] ints = newInts.apply(4);
        System.out.println("int[]::new -> length " + ints.length + " " + Arrays.toString(ints));
        IntFunction<String[]> newStrings = String[]::new;
        String[] strs = newStrings.apply(2);
        System.out.println("String[]::new -> " + Arrays.toString(strs) + " " + strs.getClass().getSimpleName());
        Function<Integer, long[]> newLongs = long[]::new;
        System.out.println("long[]::new -> " + newLongs.apply(3).length);
        IntFunction<int[][]> newGrid = int[][]::new;
        int[][] grid = newGrid.apply(2);
        System.out.println("int[][]::new -> " + grid.length + " " + grid[0] + " " + grid.getClass().getName());
        String[] arr = list.toArray(String[]::new);
        System.out.println("toArray(String[]::new) -> " + Arrays.toString(arr) + " " + arr.getClass().getComponentType().getName());
        IntFunction<Point[]> newPoints = Point[]::new;
        System.out.println("Point[]::new -> " + newPoints.apply(3).getClass().getName());
        try {
            newInts.apply(-1);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative size: " + e.getMessage());
        }
    }

    Function<String, Inner> makeInnerFactory() {
        return Inner::new;
    }
}
