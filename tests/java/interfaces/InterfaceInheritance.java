public class InterfaceInheritance {
    interface Shape {
        double area();

        default String kind() {
            return "shape";
        }
    }

    interface Polygon extends Shape {
        int sides();

        default String kind() {
            return sides() + "-gon";
        }
    }

    interface Regular extends Polygon {
        double side();

        default double perimeter() {
            return sides() * side();
        }
    }

    static abstract class AbstractPolygon implements Polygon {
        // implements kind via default, leaves area and sides abstract
        public String toString() {
            return kind() + " with area " + area();
        }
    }

    static class Square extends AbstractPolygon implements Regular {
        final double s;

        Square(double s) {
            this.s = s;
        }

        public int sides() {
            return 4;
        }

        public double side() {
            return s;
        }

        public double area() {
            return s * s;
        }
    }

    static class Triangle extends AbstractPolygon {
        final double b, h;

        Triangle(double b, double h) {
            this.b = b;
            this.h = h;
        }

        public int sides() {
            return 3;
        }

        public double area() {
            return b * h / 2;
        }

        public String kind() {
            return "triangle";
        }
    }

    static class Circle implements Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        public double area() {
            return 3 * r * r;
        }

        public String toString() {
            return kind() + " r=" + r;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Square(2), new Triangle(3, 4), new Circle(1)};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s + " | kind=" + s.kind() + " | polygon=" + (s instanceof Polygon) + " | regular=" + (s instanceof Regular));
            total += s.area();
        }
        System.out.println("total area " + total);
        Regular r = new Square(1.5);
        System.out.println(r.perimeter() + " " + r.sides() + " " + r.area());
        Polygon p = r;
        Shape s = p;
        System.out.println(s.kind());
        System.out.println(Regular.class.isInstance(shapes[0]) + " " + Polygon.class.isInstance(shapes[1]) + " " + Polygon.class.isInstance(shapes[2]));
        Object o = shapes[1];
        AbstractPolygon ap = (AbstractPolygon) o;
        System.out.println(ap.sides());
        try {
            Regular bad = (Regular) o;
            System.out.println("not reached " + bad);
        } catch (ClassCastException e) {
            System.out.println("Triangle is not Regular");
        }
    }
}
