// Checks varargs calls: zero arguments, a single null (as the array) vs a
// null element, passing an existing array, primitive varargs, Object...
// receiving an int[] (one element) vs an Integer[] (spread), overload
// resolution (fixed arity preferred over varargs, boxing before varargs,
// most specific varargs), varargs constructors, generic varargs, and
// varargs through super calls and method references.
import java.util.*;

public class Varargs {
    static String count(String... s) {
        if (s == null) return "array=null";
        return "len=" + s.length + " " + Arrays.toString(s);
    }

    static String objs(Object... o) {
        if (o == null) return "objs array=null";
        StringBuilder sb = new StringBuilder("objs len=" + o.length);
        for (Object x : o) sb.append(' ').append(x == null ? "null" : x.getClass().getSimpleName());
        return sb.toString();
    }

    static int sum(int... xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }

    static long lsum(long first, long... rest) {
        long s = first;
        for (long r : rest) s += r;
        return s;
    }

    static double avg(double... ds) {
        if (ds.length == 0) return Double.NaN;
        double s = 0;
        for (double d : ds) s += d;
        return s / ds.length;
    }

    static String fmt(String pattern, Object... args) { return String.format(pattern, args); }

    static String pick(int a) { return "pick(int)"; }
    static String pick(long a) { return "pick(long)"; }
    static String pick(Integer a) { return "pick(Integer)"; }
    static String pick(int... a) { return "pick(int...)"; }

    static String choose(Object o) { return "choose(Object)"; }
    static String choose(Object... o) { return "choose(Object...)"; }

    static String specific(Object... o) { return "specific(Object...)"; }
    static String specific(String... s) { return "specific(String...)"; }

    static String mixed(int a, String... rest) { return "mixed(int, String...) rest=" + rest.length; }
    static String mixed(int a, int b) { return "mixed(int, int)"; }

    @SafeVarargs
    static <T> List<T> listOf(T... items) { return new ArrayList<>(Arrays.asList(items)); }

    static class Base {
        final String desc;
        Base(String... parts) { desc = "Base(" + String.join("|", parts) + ")"; }
        String call(int... xs) { return "Base.call " + xs.length; }
    }
    static class Sub extends Base {
        Sub() { super(); }
        Sub(String a, String b) { super(a, b, "extra"); }
        @Override String call(int... xs) { return "Sub.call " + xs.length + " / " + super.call(xs); }
    }

    public static void main(String[] args) {
        System.out.println("count(): " + count());
        System.out.println("count(\"a\"): " + count("a"));
        System.out.println("count(\"a\",\"b\",\"c\"): " + count("a", "b", "c"));
        System.out.println("count((String[]) null): " + count((String[]) null));
        System.out.println("count((String) null): " + count((String) null));
        System.out.println("count(array): " + count(new String[] {"x", "y"}));
        System.out.println("count(null, null): " + count(null, null));

        System.out.println(objs());
        System.out.println(objs(1, "s", 2.0, 'c', null, 3L));
        System.out.println(objs(new int[] {1, 2, 3}) + "  <- int[] is one Object");
        System.out.println(objs((Object[]) new Integer[] {1, 2, 3}) + "  <- Integer[] spread");
        System.out.println(objs(new Integer[] {1, 2}, "x") + "  <- array as first of two");
        System.out.println(objs((Object) new String[] {"a"}) + "  <- cast to Object wraps");
        System.out.println(objs((Object[]) null));

        System.out.println("sum() = " + sum() + ", sum(1) = " + sum(1) + ", sum(1..5) = " + sum(1, 2, 3, 4, 5) + ", sum(array) = " + sum(new int[] {10, 20}));
        System.out.println("lsum(1) = " + lsum(1) + ", lsum(1,2,3) = " + lsum(1, 2, 3) + ", lsum with int args widened = " + lsum(Integer.MAX_VALUE, Integer.MAX_VALUE));
        System.out.println("avg() = " + avg() + ", avg(1,2) = " + avg(1, 2) + ", avg(1.5f, 2, 3L) = " + avg(1.5f, 2, 3L));
        System.out.println(fmt("%s-%d-%.1f-%c-%b", "s", 42, 2.25, 'q', null));
        System.out.println(fmt("no args"));

        System.out.println("pick(1) -> " + pick(1));
        System.out.println("pick(1L) -> " + pick(1L));
        System.out.println("pick(Integer.valueOf(1)) -> " + pick(Integer.valueOf(1)));
        System.out.println("pick((short) 1) -> " + pick((short) 1));
        System.out.println("pick() -> " + pick());
        System.out.println("pick(1, 2) -> " + pick(1, 2));
        System.out.println("choose(\"x\") -> " + choose("x"));
        System.out.println("choose() -> " + choose());
        System.out.println("choose(1, 2) -> " + choose(1, 2));
        System.out.println("choose((Object[]) null) -> " + choose((Object[]) null) + ", choose((Object) null) -> " + choose((Object) null));
        System.out.println("specific(\"a\", \"b\") -> " + specific("a", "b"));
        System.out.println("specific(1, \"b\") -> " + specific(1, "b"));
        System.out.println("specific() -> " + specific());
        System.out.println("mixed(1, 2) -> " + mixed(1, 2));
        System.out.println("mixed(1) -> " + mixed(1));
        System.out.println("mixed(1, \"a\", \"b\") -> " + mixed(1, "a", "b"));

        List<String> ls = listOf("p", "q");
        List<Integer> li = listOf(3, 1, 2);
        List<Object> empty = listOf();
        System.out.println("generic varargs: " + ls + " " + li + " " + empty + " " + listOf((Object) null));
        System.out.println("Arrays.asList(int[]) size: " + Arrays.asList(new int[] {1, 2, 3}).size() + ", Arrays.asList(Integer[]) size: " + Arrays.asList(new Integer[] {1, 2, 3}).size());

        System.out.println(new Base().desc + " " + new Base("one").desc + " " + new Sub().desc + " " + new Sub("a", "b").desc);
        Base s = new Sub();
        System.out.println(s.call() + "; " + s.call(1, 2, 3));
        java.util.function.Function<int[], Integer> sumRef = Varargs::sum;
        java.util.function.IntBinaryOperator sum2 = Varargs::sum;
        System.out.println("method refs: " + sumRef.apply(new int[] {4, 5}) + " " + sum2.applyAsInt(6, 7));
        String[] shared = {"m", "n"};
        String[] passed = passThrough(shared);
        System.out.println("array passed through is same object: " + (passed == shared) + ", fresh array each call: " + (passThrough("a") != passThrough("a")));
        System.out.println("String.join varargs: " + String.join("-", "a", "b", "c") + " " + String.join("-"));
    }

    static String[] passThrough(String... s) { return s; }
}
