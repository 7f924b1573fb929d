// Exceptions thrown through chains of interpreted and compiled frames
// (hot methods get compiled; -Xcomp compiles all): the stack traces, line
// numbers included, are the same as HotSpot's.
public class MixedStackTraces {
    static int depth(int n, boolean fail) {
        if (n == 0) {
            if (fail) {
                throw new IllegalStateException("bottom");
            }
            return 0;
        }
        return depth(n - 1, fail) + 1;
    }

    static int divide(int a, int b) {
        return a / b;
    }

    static int index(int[] a, int i) {
        return a[i];
    }

    static String describe(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        for (StackTraceElement e : t.getStackTrace()) {
            sb.append("\n  at ").append(e);
        }
        return sb.toString();
    }

    interface Shape {
        double area();
    }

    static final class Square implements Shape {
        final double side;

        Square(double side) {
            this.side = side;
        }

        public double area() {
            if (side < 0) {
                throw new IllegalArgumentException("negative side " + side);
            }
            return side * side;
        }
    }

    static double total(Shape[] shapes) {
        double t = 0;
        for (Shape s : shapes) {
            t += s.area();
        }
        return t;
    }

    public static void main(String[] args) {
        // Warm up so that the default mode compiles these methods too.
        int[] data = {1, 2, 3};
        long sink = 0;
        for (int i = 0; i < 3000; i++) {
            sink += depth(5, false) + divide(i, 3) + index(data, i % 3);
        }
        System.out.println("warm " + sink);
        try {
            depth(7, true);
        } catch (IllegalStateException e) {
            System.out.println(describe(e));
        }
        try {
            divide(1, 0);
        } catch (ArithmeticException e) {
            System.out.println(describe(e));
        }
        try {
            index(data, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(describe(e));
        }
        Shape[] shapes = new Shape[50];
        for (int i = 0; i < shapes.length; i++) {
            shapes[i] = new Square(i);
        }
        for (int i = 0; i < 200; i++) {
            sink += (long) total(shapes);
        }
        shapes[17] = new Square(-1);
        try {
            total(shapes);
        } catch (IllegalArgumentException e) {
            System.out.println(describe(e));
        }
        try {
            Object o = null;
            o.toString();
        } catch (NullPointerException e) {
            System.out.println("npe at line " + e.getStackTrace()[0].getLineNumber());
        }
        System.out.println("done " + sink);
    }
}
