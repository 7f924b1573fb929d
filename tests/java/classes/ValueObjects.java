public class ValueObjects {
    static final class Fraction implements Comparable<Fraction> {
        private final long num, den;

        Fraction(long num, long den) {
            if (den == 0) throw new ArithmeticException("zero denominator");
            if (den < 0) {
                num = -num;
                den = -den;
            }
            long g = gcd(Math.abs(num), den);
            this.num = num / g;
            this.den = den / g;
        }

        private static long gcd(long a, long b) {
            return b == 0 ? (a == 0 ? 1 : a) : gcd(b, a % b);
        }

        Fraction plus(Fraction o) {
            return new Fraction(num * o.den + o.num * den, den * o.den);
        }

        Fraction times(Fraction o) {
            return new Fraction(num * o.num, den * o.den);
        }

        Fraction minus(Fraction o) {
            return plus(new Fraction(-o.num, o.den));
        }

        Fraction dividedBy(Fraction o) {
            return times(new Fraction(o.den, o.num));
        }

        public int compareTo(Fraction o) {
            return Long.compare(num * o.den, o.num * den);
        }

        public boolean equals(Object o) {
            return o instanceof Fraction && ((Fraction) o).num == num && ((Fraction) o).den == den;
        }

        public int hashCode() {
            return Long.hashCode(num) * 31 + Long.hashCode(den);
        }

        public String toString() {
            return den == 1 ? Long.toString(num) : num + "/" + den;
        }

        double toDouble() {
            return (double) num / den;
        }
    }

    public static void main(String[] args) {
        Fraction half = new Fraction(1, 2);
        Fraction third = new Fraction(1, 3);
        System.out.println(half + " + " + third + " = " + half.plus(third));
        System.out.println(half + " - " + third + " = " + half.minus(third));
        System.out.println(half + " * " + third + " = " + half.times(third));
        System.out.println(half + " / " + third + " = " + half.dividedBy(third));
        System.out.println(new Fraction(6, -8) + " " + new Fraction(0, 5) + " " + new Fraction(10, 5));
        Fraction sum = new Fraction(0, 1);
        for (int i = 1; i <= 10; i++) {
            sum = sum.plus(new Fraction(1, i));
        }
        System.out.println("H(10) = " + sum + " ~ " + sum.toDouble());
        System.out.println(half.compareTo(third) + " " + third.compareTo(half) + " " + half.compareTo(new Fraction(2, 4)));
        System.out.println(half.equals(new Fraction(3, 6)) + " " + (half.hashCode() == new Fraction(3, 6).hashCode()));
        Fraction[] fs = {new Fraction(3, 4), new Fraction(-1, 2), new Fraction(5, 6), new Fraction(1, 12), new Fraction(2, 3)};
        java.util.Arrays.sort(fs);
        System.out.println(java.util.Arrays.toString(fs));
        try {
            half.dividedBy(new Fraction(0, 1));
        } catch (ArithmeticException e) {
            System.out.println("error: " + e.getMessage());
        }
        // egyptian fraction decomposition
        Fraction f = new Fraction(7, 15);
        StringBuilder sb = new StringBuilder();
        while (!f.equals(new Fraction(0, 1))) {
            long d = (f.den + f.num - 1) / f.num;
            Fraction unit = new Fraction(1, d);
            sb.append(unit).append(' ');
            f = f.minus(unit);
        }
        System.out.println("7/15 = " + sb.toString().trim());
    }
}
