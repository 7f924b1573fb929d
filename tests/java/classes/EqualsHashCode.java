import java.util.HashMap;
import java.util.HashSet;

public class EqualsHashCode {
    static class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }

        @Override
        public int hashCode() {
            return 31 * x + y;
        }

        @Override
        public String toString() {
            return "Point(" + x + ", " + y + ")";
        }
    }

    static class ColorPoint extends Point {
        final String color;

        ColorPoint(int x, int y, String color) {
            super(x, y);
            this.color = color;
        }

        @Override
        public String toString() {
            return "ColorPoint(" + x + ", " + y + ", " + color + ")";
        }
    }

    // equals without hashCode: broken in hash collections on purpose
    static class NoHash {
        final int v;

        NoHash(int v) {
            this.v = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof NoHash && ((NoHash) o).v == v;
        }
    }

    static class Money {
        final long cents;
        final String currency;

        Money(long cents, String currency) {
            this.cents = cents;
            this.currency = currency;
        }

        @Override
        public boolean equals(Object o) {
            if (o == null || o.getClass() != getClass()) return false;
            Money m = (Money) o;
            return cents == m.cents && currency.equals(m.currency);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(cents, currency);
        }

        @Override
        public String toString() {
            return String.format("%d.%02d %s", cents / 100, cents % 100, currency);
        }
    }

    public static void main(String[] args) {
        Point a = new Point(1, 2);
        Point b = new Point(1, 2);
        Point c = new Point(2, 1);
        System.out.println(a + " " + b + " " + c);
        System.out.println("a == b: " + (a == b));
        System.out.println("a.equals(b): " + a.equals(b));
        System.out.println("a.equals(c): " + a.equals(c));
        System.out.println("a.equals(null): " + a.equals(null));
        System.out.println("a.equals(\"x\"): " + a.equals("x"));
        System.out.println("hash: " + a.hashCode() + " " + b.hashCode() + " " + c.hashCode());
        ColorPoint cp = new ColorPoint(1, 2, "red");
        System.out.println("a.equals(cp): " + a.equals(cp) + ", cp.equals(a): " + cp.equals(a));
        HashSet<Point> set = new HashSet<>();
        set.add(a);
        set.add(b);
        set.add(c);
        set.add(cp);
        System.out.println("set size " + set.size() + " contains(1,2): " + set.contains(new Point(1, 2)));
        HashMap<Point, String> names = new HashMap<>();
        names.put(new Point(0, 0), "origin");
        names.put(new Point(3, 4), "three-four");
        names.put(new Point(0, 0), "ORIGIN");
        System.out.println(names.get(new Point(0, 0)) + " " + names.get(new Point(3, 4)) + " " + names.get(new Point(4, 3)) + " size=" + names.size());
        NoHash n1 = new NoHash(5);
        NoHash n2 = new NoHash(5);
        System.out.println("NoHash equals: " + n1.equals(n2));
        HashSet<NoHash> nh = new HashSet<>();
        nh.add(n1);
        System.out.println("NoHash found by same ref: " + nh.contains(n1));
        Money m1 = new Money(12345, "EUR");
        Money m2 = new Money(12345, "EUR");
        Money m3 = new Money(12345, "USD");
        System.out.println(m1 + " " + m1.equals(m2) + " " + m1.equals(m3) + " " + (m1.hashCode() == m2.hashCode()));
        System.out.println("Money hash " + m1.hashCode() + " " + m3.hashCode());
        System.out.println(java.util.Objects.equals(null, null) + " " + java.util.Objects.equals(a, null) + " " + java.util.Objects.equals(a, b));
        System.out.println(java.util.Objects.hashCode(null) + " " + java.util.Objects.hash(1, 2, 3) + " " + java.util.Objects.hash());
        System.out.println(java.util.Objects.toString(null) + " " + java.util.Objects.toString(a) + " " + java.util.Objects.toString(null, "fallback"));
        System.out.println(java.util.Objects.isNull(null) + " " + java.util.Objects.isNull(a));
        // String/box hashCodes used in user hash
        System.out.println("abc".hashCode() + " " + Integer.valueOf(7).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('A').hashCode());
    }
}
