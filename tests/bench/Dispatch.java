/**
 * Interface and virtual calls over several receiver classes: monomorphic,
 * bimorphic and megamorphic call sites (what inline caches are for).
 */
public class Dispatch {
    interface Shape {
        double area();

        int sides();
    }

    static final class Square implements Shape {
        final double s;

        Square(double s) {
            this.s = s;
        }

        public double area() {
            return s * s;
        }

        public int sides() {
            return 4;
        }
    }

    static final class Rect implements Shape {
        final double w, h;

        Rect(double w, double h) {
            this.w = w;
            this.h = h;
        }

        public double area() {
            return w * h;
        }

        public int sides() {
            return 4;
        }
    }

    static final class Triangle implements Shape {
        final double b, h;

        Triangle(double b, double h) {
            this.b = b;
            this.h = h;
        }

        public double area() {
            return 0.5 * b * h;
        }

        public int sides() {
            return 3;
        }
    }

    static final class Circle implements Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        public double area() {
            return 3.0 * r * r;
        }

        public int sides() {
            return 0;
        }
    }

    static final class Hexagon implements Shape {
        final double s;

        Hexagon(double s) {
            this.s = s;
        }

        public double area() {
            return 2.5 * s * s;
        }

        public int sides() {
            return 6;
        }
    }

    abstract static class Counter {
        abstract int step(int x);
    }

    static final class Inc extends Counter {
        int step(int x) {
            return x + 1;
        }
    }

    static final class Dec extends Counter {
        int step(int x) {
            return x - 1;
        }
    }

    static double sum(Shape[] shapes, int rounds) {
        double total = 0;
        for (int r = 0; r < rounds; r++) {
            for (Shape s : shapes) {
                total += s.area() + s.sides();
            }
        }
        return total;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Shape[] mono = new Shape[20];
        Shape[] bi = new Shape[20];
        Shape[] mega = new Shape[20];
        for (int i = 0; i < 20; i++) {
            mono[i] = new Square(i);
            bi[i] = i % 2 == 0 ? new Square(i) : new Rect(i, 2);
            switch (i % 5) {
                case 0: mega[i] = new Square(i); break;
                case 1: mega[i] = new Rect(i, 2); break;
                case 2: mega[i] = new Triangle(i, 4); break;
                case 3: mega[i] = new Circle(i); break;
                default: mega[i] = new Hexagon(i); break;
            }
        }
        double a = sum(mono, rounds);
        double b = sum(bi, rounds);
        double c = sum(mega, rounds);
        Counter[] counters = {new Inc(), new Dec(), new Inc()};
        int x = 0;
        for (int i = 0; i < rounds * 10; i++) {
            x = counters[i % 3].step(x);
        }
        // Per round: mono = sum i^2 + 80, bi = even i^2 + odd 2i + 80,
        // mega = a mix; check the first two exactly.
        double monoRound = 0, biRound = 0;
        for (int i = 0; i < 20; i++) {
            monoRound += (double) i * i + 4;
            biRound += (i % 2 == 0 ? (double) i * i : 2.0 * i) + 4;
        }
        // The counters run Inc, Dec, Inc, ...: x = #(i%3==0) + #(i%3==2) - #(i%3==1).
        int calls = rounds * 10;
        int expectedX = calls / 3 + (calls % 3 > 2 ? 1 : 0) + (calls % 3 > 0 ? 1 : 0) - (calls % 3 > 1 ? 1 : 0);
        if (a != monoRound * rounds || b != biRound * rounds || x != expectedX) {
            throw new AssertionError("wrong sums " + a + " " + b + " " + x);
        }
        System.out.printf("%.1f %.1f %.1f %d%n", a, b, c, x);
    }
}
