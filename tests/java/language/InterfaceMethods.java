// Checks interface default, static and private (instance and static)
// methods: default methods calling abstract and private methods, overriding
// a default, diamond inheritance resolved explicitly with X.super.m(), a
// class method winning over a default, a more specific interface's default
// winning over its parent's, re-abstracting a default, and static interface
// methods not inherited by implementing classes.
public class InterfaceMethods {
    interface Greeter {
        String name();
        default String greet() { return decorate("Hello, " + name()); }
        private String decorate(String s) { return "<" + s + ">" + suffix(); }
        private static String suffix() { return "!"; }
        static Greeter of(String n) { return () -> n; }
    }

    interface Left {
        default String who() { return "Left"; }
        default String common() { return "Left.common"; }
    }
    interface Right {
        default String who() { return "Right"; }
    }
    static class Both implements Left, Right {
        @Override public String who() { return "Both(" + Left.super.who() + "+" + Right.super.who() + ")"; }
    }
    static class OnlyLeftSuper implements Left, Right {
        @Override public String who() { return Right.super.who() + " chosen, common=" + Left.super.common(); }
    }

    interface Animal { default String sound() { return "generic"; } }
    interface Dog extends Animal { @Override default String sound() { return "woof"; } }
    interface Puppy extends Dog { }
    static class Beagle implements Animal, Puppy { }   // Dog.sound is more specific than Animal.sound

    static class Base { public String sound() { return "Base.sound"; } }
    static class Mixed extends Base implements Dog { }  // class method wins over default

    interface Abstracted extends Animal { @Override String sound(); }  // re-abstracted default
    static class Cat implements Abstracted { public String sound() { return "meow, super would be n/a"; } }

    interface Counter {
        int value();
        default Counter plus(int n) { int v = value() + n; return () -> v; }
        default Counter twice() { return plus(value()); }
    }

    interface WithConstant {
        int LIMIT = compute();
        static int compute() { return 40 + 2; }
    }

    static class Impl implements WithConstant {
        int limit() { return LIMIT; }
    }

    interface Chain {
        default String a() { return "a" + b(); }
        default String b() { return "b" + c(); }
        String c();
    }

    public static void main(String[] args) {
        Greeter g = Greeter.of("World");
        System.out.println(g.greet());
        Greeter custom = new Greeter() {
            public String name() { return "anon"; }
            public String greet() { return "custom greet for " + name(); }
        };
        System.out.println(custom.greet());

        System.out.println(new Both().who());
        System.out.println("Both as Left: " + ((Left) new Both()).who() + ", as Right: " + ((Right) new Both()).who());
        System.out.println(new OnlyLeftSuper().who());
        System.out.println("common: " + new Both().common());

        System.out.println("Beagle: " + new Beagle().sound());
        Animal a = new Beagle();
        System.out.println("Beagle as Animal: " + a.sound());
        System.out.println("Mixed: " + new Mixed().sound() + ", as Dog: " + ((Dog) new Mixed()).sound());
        System.out.println("Cat: " + new Cat().sound());

        Counter c = () -> 5;
        System.out.println("Counter: " + c.value() + " plus(3)=" + c.plus(3).value() + " twice=" + c.twice().value()
                + " twice.twice.plus(1)=" + c.twice().twice().plus(1).value());

        System.out.println("interface constant: " + WithConstant.LIMIT + " via impl: " + new Impl().limit());

        Chain ch = () -> "c";
        System.out.println("chain: " + ch.a());
        Chain overriding = new Chain() {
            public String c() { return "C"; }
            public String b() { return "B" + c(); }
        };
        System.out.println("chain overriding b: " + overriding.a());
        System.out.println("isInterface: " + Greeter.class.isInterface() + " " + Both.class.isInterface());
    }
}
