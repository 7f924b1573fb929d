// Checks exceptions around lambdas and method references: a null bound
// receiver fails when the reference is created (not when it is called), a
// null receiver of an unbound reference fails at call time, exceptions
// propagate through lambda frames (the top frame is javac's synthetic
// lambda$main$N method and the proxy class frame is hidden), checked
// exceptions through generic functional interfaces, finally blocks inside
// lambdas, and finally an uncaught exception thrown from inside a lambda
// (exit code 1).
import java.util.*;
import java.util.function.*;

public class LambdaExceptions {
    interface ThrowingSupplier<T, E extends Exception> { T get() throws E; }

    static <T, E extends Exception> T attempt(ThrowingSupplier<T, E> s) throws E { return s.get(); }

    static String frames(Throwable t, int n) {
        StringBuilder sb = new StringBuilder();
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < n && i < st.length; i++) {
            if (i > 0) sb.append(" <- ");
            sb.append(st[i].getClassName()).append('.').append(st[i].getMethodName());
        }
        return sb.toString();
    }

    static int divide(int a, int b) { return a / b; }

    public static void main(String[] args) {
        String nothing = null;
        Supplier<Integer> created = null;
        try {
            created = nothing::length;
            System.out.println("created bound ref on null?!");
        } catch (NullPointerException e) {
            System.out.println("bound ref on null: NPE at creation, created still null=" + (created == null));
        }
        Function<String, Integer> unbound = String::length;
        try {
            unbound.apply(null);
        } catch (NullPointerException e) {
            System.out.println("unbound ref on null: NPE at call");
        }
        Supplier<Integer> lambdaOnNull = () -> nothing.length();
        System.out.println("lambda capturing null created fine");
        try {
            lambdaOnNull.get();
        } catch (NullPointerException e) {
            System.out.println("lambda capturing null: NPE at call");
        }

        IntBinaryOperator div = LambdaExceptions::divide;
        try {
            div.applyAsInt(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("method ref: " + e + " frames: " + frames(e, 2));
        }
        IntBinaryOperator inlineDiv = (a, b) -> a / b;
        try {
            inlineDiv.applyAsInt(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("lambda: " + e.getMessage() + " frames: " + frames(e, 2));
        }
        Runnable nested = () -> {
            Runnable inner = () -> { throw new IllegalStateException("from inner"); };
            inner.run();
        };
        try {
            nested.run();
        } catch (IllegalStateException e) {
            System.out.println("nested: " + e.getMessage() + " frames: " + frames(e, 3));
        }

        try {
            String s = attempt(() -> { throw new java.io.FileNotFoundException("missing.txt"); });
            System.out.println("unexpected " + s);
        } catch (java.io.FileNotFoundException e) {
            System.out.println("checked through generic: " + e);
        }
        try {
            System.out.println("attempt ok: " + attempt(() -> "fine"));
        } catch (Exception e) {
            System.out.println("unexpected " + e);
        }

        List<String> order = new ArrayList<>();
        Function<Integer, Integer> withFinally = x -> {
            try {
                order.add("try " + x);
                if (x < 0) throw new IllegalArgumentException("negative: " + x);
                return x * 2;
            } finally {
                order.add("finally " + x);
            }
        };
        System.out.println("withFinally(4) = " + withFinally.apply(4));
        try {
            withFinally.apply(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println("order: " + order);

        // exception inside a Comparator aborts the sort
        List<Object> mixed = new ArrayList<>(List.of("a", 1, "b"));
        try {
            mixed.sort((a, b) -> ((String) a).compareTo((String) b));
        } catch (ClassCastException e) {
            System.out.println("comparator CCE: " + e.getMessage());
        }
        // forEach stops at the first exception
        List<Integer> seen = new ArrayList<>();
        try {
            List.of(1, 2, 3, 4).forEach(x -> {
                if (x == 3) throw new RuntimeException("stop at " + x);
                seen.add(x);
            });
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " seen=" + seen);
        }

        System.out.println("about to throw uncaught from a lambda");
        Runnable boom = () -> { throw new UnsupportedOperationException("uncaught from lambda"); };
        boom.run();
        System.out.println("not reached");
    }
}
