// Checks nested class forms: inner classes reading and writing outer fields
// (including private ones), Outer.this and shadowed names, inner classes of
// inner classes, inner instances created for a different outer
// (other.new Inner()), static nested classes, local classes and anonymous
// classes capturing effectively-final locals and parameters, anonymous
// subclasses with constructor args and instance initializers, and private
// member access between nestmates.
import java.util.*;
import java.util.function.*;

public class NestedClasses {
    private int value = 10;
    private static int created = 0;
    private final String name;

    NestedClasses(String name) { this.name = name; created++; }

    class Inner {
        int value = 20;
        class Deeper {
            int value = 30;
            String show(int value) {
                return "param=" + value + " this=" + this.value + " Inner=" + Inner.this.value + " Outer=" + NestedClasses.this.value + " name=" + name;
            }
        }
        void bumpOuter() { NestedClasses.this.value += 5; }
        String outerName() { return name; }
    }

    static class StaticNested {
        private final int id;
        private static int counter;
        StaticNested() { id = ++counter; }
        String peek(NestedClasses o) { return "peek outer private value=" + o.value + " created=" + created; }
    }

    private String secret() { return "secret of " + name; }

    abstract static class Shape {
        final String kind;
        Shape(String kind) { this.kind = kind; }
        abstract double area();
        @Override public String toString() { return kind + String.format("[%.2f]", area()); }
    }

    interface Greeter { String greet(String who); }

    Greeter makeGreeter(String greeting) {
        int punct = greeting.length() % 3;
        class LocalGreeter implements Greeter {
            final String suffix = "!".repeat(punct + 1);
            public String greet(String who) { return greeting + ", " + who + suffix + " (from " + name + ")"; }
        }
        return new LocalGreeter();
    }

    Iterator<Integer> countdown(int from) {
        return new Iterator<Integer>() {
            int next = from;
            @Override public boolean hasNext() { return next > 0; }
            @Override public Integer next() { return next--; }
        };
    }

    public static void main(String[] args) {
        NestedClasses outer = new NestedClasses("outerA");
        NestedClasses.Inner inner = outer.new Inner();
        NestedClasses.Inner.Deeper deeper = inner.new Deeper();
        System.out.println(deeper.show(40));
        inner.bumpOuter();
        inner.bumpOuter();
        System.out.println("after bump: " + deeper.show(41));
        System.out.println("inner sees outer name: " + inner.outerName());

        NestedClasses other = new NestedClasses("outerB");
        NestedClasses.Inner innerOfOther = other.new Inner();
        System.out.println("inner of other: " + innerOfOther.new Deeper().show(0));

        StaticNested s1 = new StaticNested(), s2 = new StaticNested();
        System.out.println("static nested ids: " + s1.id + " " + s2.id + " counter=" + StaticNested.counter);
        System.out.println(s1.peek(outer));

        System.out.println(outer.makeGreeter("Hi").greet("Ann"));
        System.out.println(other.makeGreeter("Hello").greet("Bo"));

        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = outer.countdown(5); it.hasNext(); ) sb.append(it.next()).append(' ');
        System.out.println("countdown: " + sb.toString().trim());

        // anonymous classes with constructor args, capture and initializer blocks
        double side = 3;
        Shape square = new Shape("square") {
            double cached;
            { cached = side * side; }
            @Override double area() { return cached; }
        };
        Shape circle = new Shape("circle") {
            @Override double area() { return Math.PI * side * side; }
        };
        System.out.println("shapes: " + square + " " + circle);
        System.out.println("anonymous class names: " + square.getClass().getName() + " " + circle.getClass().getName()
                + " simpleName empty: " + square.getClass().getSimpleName().isEmpty());

        // local class capturing loop variables and a mutable holder
        List<Supplier<String>> suppliers = new ArrayList<>();
        int[] shared = {0};
        for (int i = 0; i < 3; i++) {
            final int idx = i;
            class Item implements Supplier<String> {
                public String get() { shared[0]++; return "item" + idx + "/" + shared[0]; }
            }
            suppliers.add(new Item());
        }
        for (Supplier<String> sup : suppliers) System.out.print(sup.get() + " ");
        System.out.println();
        System.out.println("local class name: " + suppliers.get(0).getClass().getName());

        // local class with static-like helper and recursion
        class Fib {
            int calc(int n) { return n < 2 ? n : calc(n - 1) + calc(n - 2); }
        }
        System.out.println("local Fib(15) = " + new Fib().calc(15));

        // anonymous Comparator capturing a parameter-like local
        boolean descending = true;
        List<String> words = new ArrayList<>(List.of("kiwi", "fig", "banana", "apple"));
        words.sort(new Comparator<String>() {
            @Override public int compare(String a, String b) {
                int c = Integer.compare(a.length(), b.length());
                if (c == 0) c = a.compareTo(b);
                return descending ? -c : c;
            }
        });
        System.out.println("sorted desc by length: " + words);

        // nestmates: private access both ways
        System.out.println("private method via nested: " + new Object() {
            String call() { return outer.secret(); }
        }.call());
        System.out.println("outer reads nested private: " + s2.id + " created=" + created);
        System.out.println("names: " + Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + StaticNested.class.getSimpleName());
    }
}
