// Checks lambdas created in many contexts: static initializer, instance
// initializer, constructor, interface default and static methods, nested
// lambdas (lambda returning lambda, currying), recursion through a static or
// instance functional field, lambdas in generic methods and field initializers.
import java.util.function.*;

public class LambdaContexts {
    static final StringBuilder LOG = new StringBuilder();
    static final Function<Integer, Integer> STATIC_SQUARE;
    static IntUnaryOperator factorial;
    static {
        STATIC_SQUARE = x -> x * x;
        factorial = n -> n <= 1 ? 1 : n * factorial.applyAsInt(n - 1);
        LOG.append("static-init;");
    }

    static Function<Integer, Integer> fib;
    static {
        fib = n -> n < 2 ? n : fib.apply(n - 1) + fib.apply(n - 2);
    }

    final Supplier<String> fromInitializer;
    final Supplier<String> fromConstructor;
    final IntUnaryOperator fieldInit = x -> x + this.offset;
    int offset = 3;
    BiFunction<Integer, Integer, Integer> gcd;

    {
        String tag = "init-block";
        fromInitializer = () -> tag + " offset=" + offset;
        LOG.append("instance-init;");
    }

    LambdaContexts(String who) {
        fromConstructor = () -> "ctor(" + who + ") offset=" + offset;
        gcd = (a, b) -> b == 0 ? a : this.gcd.apply(b, a % b);
        LOG.append("ctor;");
    }

    interface Greeter {
        String name();
        default Supplier<String> greeting(String prefix) {
            return () -> prefix + ", " + name() + "!";
        }
        static Greeter of(String n) {
            return () -> n;
        }
        default Greeter shout() {
            return () -> name().toUpperCase();
        }
    }

    static <T, R> Function<T, R> memoLast(Function<T, R> f) {
        Object[] cache = new Object[2];
        boolean[] has = {false};
        return t -> {
            if (has[0] && cache[0].equals(t)) {
                LOG.append("hit;");
                @SuppressWarnings("unchecked") R r = (R) cache[1];
                return r;
            }
            R r = f.apply(t);
            cache[0] = t;
            cache[1] = r;
            has[0] = true;
            return r;
        };
    }

    public static void main(String[] args) {
        System.out.println("square(12) = " + STATIC_SQUARE.apply(12));
        for (int n = 0; n <= 10; n++) System.out.print(factorial.applyAsInt(n) + " ");
        System.out.println();
        for (int n = 0; n <= 15; n++) System.out.print(fib.apply(n) + " ");
        System.out.println();

        LambdaContexts lc = new LambdaContexts("main");
        System.out.println(lc.fromInitializer.get());
        System.out.println(lc.fromConstructor.get());
        System.out.println("fieldInit(10) = " + lc.fieldInit.applyAsInt(10));
        lc.offset = 100;
        System.out.println(lc.fromInitializer.get());
        System.out.println(lc.fromConstructor.get());
        System.out.println("fieldInit(10) = " + lc.fieldInit.applyAsInt(10));
        System.out.println("gcd(1071, 462) = " + lc.gcd.apply(1071, 462));

        Greeter g = Greeter.of("World");
        System.out.println(g.greeting("Hello").get());
        System.out.println(g.shout().greeting("Hey").get());
        Greeter anon = new Greeter() {
            public String name() { return "anon"; }
        };
        System.out.println(anon.greeting("Hi").get());

        // nested lambdas and currying
        Function<Integer, Function<Integer, Function<Integer, Integer>>> add3 = a -> b -> c -> a * 100 + b * 10 + c;
        System.out.println("curried: " + add3.apply(1).apply(2).apply(3));
        Function<Integer, Integer> partial = add3.apply(9).apply(8);
        System.out.println("partial: " + partial.apply(0) + " " + partial.apply(7));
        Supplier<Supplier<Supplier<String>>> deep = () -> () -> () -> "deep";
        System.out.println(deep.get().get().get());
        int outer = 5;
        IntFunction<IntFunction<IntUnaryOperator>> nested = x -> y -> z -> outer + x + y + z;
        System.out.println("nested: " + nested.apply(10).apply(100).applyAsInt(1000));
        Function<IntUnaryOperator, IntUnaryOperator> twice = f -> x -> f.applyAsInt(f.applyAsInt(x));
        IntUnaryOperator plus3 = x -> x + 3;
        System.out.println("twice(plus3)(1) = " + twice.apply(plus3).applyAsInt(1));
        System.out.println("twice(twice(plus3))(1) = " + twice.apply(twice.apply(plus3)).applyAsInt(1));

        // lambda inside lambda body that captures the outer lambda's parameter
        Function<String, Supplier<String>> maker = s -> {
            String local = s + s;
            return () -> local + "|" + s.length();
        };
        System.out.println(maker.apply("ab").get());

        // generic higher-order helper
        Function<Integer, String> slow = memoLast(x -> { LOG.append("compute" + x + ";"); return "v" + x; });
        System.out.println(slow.apply(1) + slow.apply(1) + slow.apply(2) + slow.apply(2) + slow.apply(1));

        // recursion through a local array holder
        @SuppressWarnings("unchecked")
        Function<Integer, String>[] holder = new Function[1];
        holder[0] = n -> n == 0 ? "." : n + holder[0].apply(n - 1);
        System.out.println("countdown: " + holder[0].apply(9));

        System.out.println("log: " + LOG);
    }
}
