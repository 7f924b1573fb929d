public class PolymorphicShapes {
    static abstract class Shape implements Comparable<Shape> {
        abstract double area();

        abstract double perimeter();

        String name() {
            return getClass().getSimpleName();
        }

        public int compareTo(Shape o) {
            return Double.compare(area(), o.area());
        }

        public String toString() {
            return String.format("%s[area=%.3f, perimeter=%.3f]", name(), area(), perimeter());
        }
    }

    static class Circle extends Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        double area() {
            return Math.PI * r * r;
        }

        double perimeter() {
            return 2 * Math.PI * r;
        }
    }

    static class Rectangle extends Shape {
        final double w, h;

        Rectangle(double w, double h) {
            this.w = w;
            this.h = h;
        }

        double area() {
            return w * h;
        }

        double perimeter() {
            return 2 * (w + h);
        }
    }

    static class Square extends Rectangle {
        Square(double s) {
            super(s, s);
        }

        String name() {
            return "Square(" + w + ")";
        }
    }

    static class Triangle extends Shape {
        final double a, b, c;

        Triangle(double a, double b, double c) {
            this.a = a;
            this.b = b;
            this.c = c;
        }

        double area() {
            double s = (a + b + c) / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }

        double perimeter() {
            return a + b + c;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {
            new Circle(1), new Rectangle(2, 3), new Square(2.5), new Triangle(3, 4, 5),
            new Circle(0.5), new Square(1), new Triangle(2, 2, 2), new Rectangle(10, 0.1)
        };
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s);
            total += s.area();
        }
        System.out.println(String.format("total area %.4f", total));
        java.util.Arrays.sort(shapes);
        StringBuilder sb = new StringBuilder();
        for (Shape s : shapes) sb.append(s.name()).append(' ');
        System.out.println("by area: " + sb.toString().trim());
        Shape largest = shapes[shapes.length - 1];
        System.out.println("largest: " + largest.name() + " is Rectangle? " + (largest instanceof Rectangle));
        int rects = 0;
        for (Shape s : shapes) if (s instanceof Rectangle) rects++;
        System.out.println("rectangles (incl. squares): " + rects);
    }
}
