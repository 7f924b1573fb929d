// Checks lambdas and method references targeting user-defined functional
// interfaces: generic ones, ones with default/static methods, ones that
// redeclare Object methods, a generic interface with a specialized
// subinterface (the lambda class needs bridge methods), intersection casts
// with Serializable and marker interfaces, and method reference targets that
// are private, interface-static, inherited, varargs or overloaded.
import java.io.Serializable;
import java.util.*;
import java.util.function.*;

public class UserFunctionalInterfaces {
    @FunctionalInterface
    interface IntOp {
        int apply(int a, int b);
        default IntOp then(IntUnaryOperator after) { return (a, b) -> after.applyAsInt(apply(a, b)); }
        static IntOp constant(int c) { return (a, b) -> c; }
        // Object methods do not count as abstract
        boolean equals(Object o);
        String toString();
    }

    interface Transformer<A, B> {
        B transform(A a);
        default <C> Transformer<A, C> then(Transformer<? super B, ? extends C> next) {
            return a -> next.transform(transform(a));
        }
    }

    // specialized subinterface: calls through Transformer.transform(Object) need a bridge
    interface StringTransformer extends Transformer<String, String> {
        @Override String transform(String s);
    }

    interface Shape<T extends Number> { T area(T side); }
    interface IntShape extends Shape<Integer> { }

    interface Visitor<R> { R visit(Object o); }
    interface TriFunction<A, B, C, R> { R apply(A a, B b, C c); }
    interface Marker { }
    interface Named { default String name() { return "named"; } }
    interface Checked<E extends Exception> { void run() throws E; }

    static class Base {
        static String staticHelper(String s) { return "Base.staticHelper(" + s + ")"; }
        String inherited(String s) { return "Base.inherited(" + s + ")"; }
    }

    static class Child extends Base {
        private String secret(String s) { return "Child.secret(" + s + ")"; }
        private static int privateStatic(int a, int b) { return a * 10 + b; }
        Function<String, String> secretRef() { return this::secret; }
        Function<String, String> inheritedRef() { return this::inherited; }
    }

    interface WithStatic {
        static String helper(String s) { return "WithStatic.helper(" + s + ")"; }
        private static String hidden(String s) { return "hidden(" + s + ")"; }
        static Function<String, String> hiddenRef() { return WithStatic::hidden; }
    }

    static String over(Object o) { return "over(Object)"; }
    static String over(String s) { return "over(String)"; }
    static String over(Integer i) { return "over(Integer)"; }
    static String over(int i) { return "over(int)"; }
    static String over(long l) { return "over(long)"; }
    static String joinAll(String... parts) { return parts.length + ":" + String.join(",", parts); }

    private static String privateTarget(String s) { return "private:" + s; }

    public static void main(String[] args) throws Exception {
        IntOp add = (a, b) -> a + b;
        IntOp sub = Math::subtractExact;
        System.out.println("IntOp: " + add.apply(3, 4) + " " + sub.apply(3, 4) + " then: " + add.then(x -> x * x).apply(2, 3)
                + " constant: " + IntOp.constant(7).apply(1, 2));

        Transformer<String, Integer> len = String::length;
        Transformer<String, String> describe = len.then(n -> "len=" + n);
        System.out.println("Transformer: " + describe.transform("hello"));

        StringTransformer upper = String::toUpperCase;
        StringTransformer rev = s -> new StringBuilder(s).reverse().toString();
        Transformer<String, String> raw = upper;       // call through the generic (erased) method
        System.out.println("StringTransformer: " + upper.transform("abc") + " via generic: " + raw.transform("def")
                + " then: " + upper.then(rev).transform("xyz"));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Transformer<Object, Object> erased = (Transformer) rev;
        try {
            erased.transform(42);
            System.out.println("no CCE?");
        } catch (ClassCastException e) {
            System.out.println("bridge cast: ClassCastException");
        }
        IntShape square = s -> s * s;
        Shape<Integer> shape = square;
        System.out.println("IntShape: " + square.area(9) + " via Shape: " + shape.area(4));

        Visitor<String> v = o -> o == null ? "null!" : o.getClass().getSimpleName();
        System.out.println("Visitor: " + v.visit(1L) + " " + v.visit("s") + " " + v.visit(null) + " " + v.visit(new int[0]));
        TriFunction<Integer, Long, Double, String> tri = (a, b, c) -> a + "/" + b + "/" + c;
        System.out.println("TriFunction: " + tri.apply(1, 2L, 3.0));
        TriFunction<String, Integer, Integer, String> substr = String::substring;
        System.out.println("TriFunction substring: " + substr.apply("abcdef", 1, 4));

        // intersection casts
        Runnable ser = (Runnable & Serializable) () -> System.out.println("serializable runnable ran");
        ser.run();
        System.out.println("is Serializable: " + (ser instanceof Serializable));
        Runnable plain = () -> { };
        System.out.println("plain is Serializable: " + (plain instanceof Serializable));
        Supplier<String> marked = (Supplier<String> & Marker) () -> "marked";
        System.out.println("marker: " + marked.get() + " " + (marked instanceof Marker) + " " + Marker.class.isInstance(marked));
        Supplier<String> named = (Supplier<String> & Named) () -> "x";
        System.out.println("named default: " + ((Named) named).name() + " " + named.get());
        Function<String, Integer> serRef = (Function<String, Integer> & Serializable) Integer::parseInt;
        System.out.println("serializable method ref: " + serRef.apply("77") + " " + (serRef instanceof Serializable));
        Comparator<String> serCmp = (Comparator<String> & Serializable) (a, b) -> b.compareTo(a);
        List<String> names = new ArrayList<>(List.of("b", "c", "a"));
        names.sort(serCmp);
        System.out.println("serializable comparator: " + names);

        // targets: private, interface static, private interface static, inherited, super-static
        Function<String, String> priv = UserFunctionalInterfaces::privateTarget;
        System.out.println(priv.apply("p"));
        Child child = new Child();
        System.out.println(child.secretRef().apply("s"));
        IntBinaryOperator ps = Child::privateStatic;
        System.out.println("private static: " + ps.applyAsInt(4, 2));
        Function<String, String> ifaceStatic = WithStatic::helper;
        System.out.println(ifaceStatic.apply("i") + " " + WithStatic.hiddenRef().apply("h"));
        System.out.println(child.inheritedRef().apply("c"));
        BiFunction<Child, String, String> unboundInherited = Child::inherited;
        System.out.println("unbound inherited: " + unboundInherited.apply(child, "u"));
        Function<String, String> viaSubclassName = Child::staticHelper;
        System.out.println("static via subclass: " + viaSubclassName.apply("z"));

        // overloaded targets: chosen by the functional interface's parameter types
        Function<Object, String> o1 = UserFunctionalInterfaces::over;
        Function<String, String> o2 = UserFunctionalInterfaces::over;
        Function<Integer, String> o3 = UserFunctionalInterfaces::over;
        IntFunction<String> o4 = UserFunctionalInterfaces::over;
        LongFunction<String> o5 = UserFunctionalInterfaces::over;
        Function<Long, String> o6 = UserFunctionalInterfaces::over;
        System.out.println("overloads: " + o1.apply("s") + " " + o2.apply("s") + " " + o3.apply(1) + " " + o4.apply(1) + " " + o5.apply(1) + " " + o6.apply(1L));
        // varargs method as fixed-arity functional interfaces
        Supplier<String> va0 = UserFunctionalInterfaces::joinAll;
        Function<String, String> va1 = UserFunctionalInterfaces::joinAll;
        BiFunction<String, String, String> va2 = UserFunctionalInterfaces::joinAll;
        Function<String[], String> vaArr = UserFunctionalInterfaces::joinAll;
        System.out.println("varargs refs: " + va0.get() + " | " + va1.apply("a") + " | " + va2.apply("a", "b") + " | " + vaArr.apply(new String[] {"x", "y", "z"}));

        // generic exception-throwing functional interface
        Checked<java.io.IOException> io = () -> { throw new java.io.IOException("checked io"); };
        try {
            io.run();
        } catch (java.io.IOException e) {
            System.out.println("Checked: " + e.getMessage());
        }
        Checked<RuntimeException> ok = () -> System.out.println("Checked unchecked ran");
        ok.run();

        // anonymous class vs lambda: `this` means different things
        Supplier<String> anon = new Supplier<String>() {
            @Override public String get() { return "anon this is Supplier: " + (this instanceof Supplier); }
        };
        System.out.println(anon.get());
        System.out.println(new UserFunctionalInterfaces().lambdaThis().get());
        System.out.println("functional interface? " + IntOp.class.isInterface() + " " + StringTransformer.class.getSimpleName());
    }

    @Override public String toString() { return "UserFunctionalInterfaces-instance"; }

    Supplier<String> lambdaThis() { return () -> "lambda this: " + this; }
}
