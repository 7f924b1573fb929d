// Checks enums with fields, constructors, constant-specific class bodies and
// abstract methods (each constant is its own subclass, while
// getDeclaringClass stays the enum), enums implementing interfaces, static
// fields read after construction, a constructor that cannot see static
// fields, and singleton-style enums with state.
import java.util.*;
import java.util.function.*;

public class EnumBodies {
    interface Describable { String describe(); }

    enum Op implements IntBinaryOperator, Describable {
        PLUS("+") {
            public int applyAsInt(int a, int b) { return a + b; }
        },
        MINUS("-") {
            public int applyAsInt(int a, int b) { return a - b; }
        },
        TIMES("*") {
            public int applyAsInt(int a, int b) { return a * b; }
            @Override public String describe() { return "multiplication, written " + symbol; }
        },
        DIV("/") {
            public int applyAsInt(int a, int b) { return a / b; }
            @Override boolean safe() { return false; }
        };

        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        public String describe() { return name().toLowerCase() + " written " + symbol; }
        boolean safe() { return true; }
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6),
        JUPITER(1.9e+27, 7.1492e7);

        private final double mass, radius;
        static final double G = 6.67300E-11;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return G * mass / (radius * radius); }
    }

    enum Level {
        LOW(1), MID(5), HIGH(10);
        private static final Map<Integer, Level> BY_VALUE = new TreeMap<>();
        static int constructed;
        static {
            for (Level l : values()) BY_VALUE.put(l.value, l);
            constructed = values().length;
        }
        final int value;
        Level(int value) { this.value = value; }
        static Level of(int v) { return BY_VALUE.get(v); }
        Level next() { return this == HIGH ? HIGH : values()[ordinal() + 1]; }
    }

    enum Counter {
        INSTANCE;
        private int count;
        int increment() { return ++count; }
    }

    enum Shape {
        CIRCLE {
            double area(double x) { return Math.PI * x * x; }
        },
        SQUARE {
            double area(double x) { return x * x; }
        };
        abstract double area(double x);
    }

    enum Animal {
        DOG { String sound() { return "woof"; } },
        CAT { String sound() { return "meow"; } },
        FISH;
        String sound() { return "..."; }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.symbol + " 12,4 -> " + op.applyAsInt(12, 4) + " safe=" + op.safe() + " describe: " + op.describe());
            System.out.println("  class=" + op.getClass().getName() + " declaring=" + op.getDeclaringClass().getName()
                    + " sameClass=" + (op.getClass() == Op.class) + " superIsOp=" + (op.getClass().getSuperclass() == Op.class));
        }
        IntBinaryOperator asFunction = Op.TIMES;
        Describable d = Op.MINUS;
        System.out.println("as IntBinaryOperator: " + asFunction.applyAsInt(6, 7) + " as Describable: " + d.describe());
        try {
            Op.DIV.applyAsInt(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("DIV by zero: " + e.getMessage());
        }
        System.out.println("valueOf constant with body: " + (Op.valueOf("PLUS") == Op.PLUS) + " " + Op.valueOf("TIMES").describe());

        for (Planet p : Planet.values()) {
            System.out.printf("%s gravity %.3f%n", p, p.surfaceGravity());
        }

        System.out.println("Level constructed=" + Level.constructed + " of(5)=" + Level.of(5) + " of(7)=" + Level.of(7));
        for (Level l : Level.values()) System.out.println(l + " next=" + l.next() + " value=" + l.value);

        System.out.println("Counter: " + Counter.INSTANCE.increment() + " " + Counter.INSTANCE.increment() + " " + Counter.valueOf("INSTANCE").increment());

        for (Shape s : Shape.values()) {
            System.out.printf("%s area(2)=%.4f class=%s declaring=%s%n", s, s.area(2), s.getClass().getName(), s.getDeclaringClass().getSimpleName());
        }
        for (Animal a : Animal.values()) {
            System.out.println(a + " says " + a.sound() + " hasBody=" + (a.getClass() != Animal.class) + " class=" + a.getClass().getName());
        }
        System.out.println("getEnumConstants via declaring class: " + Arrays.toString(Animal.DOG.getDeclaringClass().getEnumConstants()));
        System.out.println("constant body class getEnumConstants: " + Animal.DOG.getClass().getEnumConstants());
        Function<String, Op> parse = Op::valueOf;
        Supplier<Op[]> all = Op::values;
        System.out.println("method refs: " + parse.apply("MINUS").symbol + " " + all.get().length);
    }
}
