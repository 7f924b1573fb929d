public class InfinityArithmetic {
    public static void main(String[] args) {
        double inf = Double.POSITIVE_INFINITY;
        double ninf = Double.NEGATIVE_INFINITY;
        System.out.println(inf);
        System.out.println(ninf);
        System.out.println(inf + 1);
        System.out.println(inf + inf);
        System.out.println(inf - inf);
        System.out.println(inf * -1);
        System.out.println(inf * 0);
        System.out.println(inf / inf);
        System.out.println(1 / inf);
        System.out.println(-1 / inf);
        System.out.println(inf % 2);
        System.out.println(2 % inf);
        System.out.println(-2 % inf);
        System.out.println(inf == inf);
        System.out.println(inf > Double.MAX_VALUE);
        System.out.println(ninf < -Double.MAX_VALUE);
        System.out.println(Double.MAX_VALUE * 2);
        System.out.println(-Double.MAX_VALUE * 2);
        System.out.println(Double.MAX_VALUE + 1);
        System.out.println(Double.MAX_VALUE + 1e292);
        System.out.println(Double.MAX_VALUE + 1e291);
        System.out.println(Double.MIN_VALUE / 2);
        System.out.println(-Double.MIN_VALUE / 2);
        System.out.println(Double.MIN_VALUE * 0.5000001);
        System.out.println(Float.MAX_VALUE * 2f);
        System.out.println(Float.MIN_VALUE / 2f);
        System.out.println((float) inf);
        System.out.println(Math.sqrt(inf));
        System.out.println(Math.abs(ninf));
        System.out.println(Math.max(inf, 5));
        System.out.println(Math.min(ninf, 5));
        System.out.println(Math.floor(inf));
        System.out.println(Math.ceil(ninf));
        System.out.println(Math.round(inf));
        System.out.println(Math.round(ninf));
        System.out.println(Math.round((float) inf));
        System.out.println(Double.compare(inf, Double.NaN));
        System.out.println(Double.isInfinite(ninf));
        System.out.println(Float.isInfinite(1f / 0f));
        // overflow in a loop
        double x = 1.0;
        int doublings = 0;
        while (x != inf) {
            x *= 2;
            doublings++;
        }
        System.out.println("doublings to infinity: " + doublings);
        double y = 1.0;
        int halvings = 0;
        while (y != 0.0) {
            y /= 2;
            halvings++;
        }
        System.out.println("halvings to zero: " + halvings);
        float fx = 1f;
        doublings = 0;
        while (fx != Float.POSITIVE_INFINITY) {
            fx *= 2;
            doublings++;
        }
        System.out.println("float doublings to infinity: " + doublings);
        float fy = 1f;
        halvings = 0;
        while (fy != 0f) {
            fy /= 2;
            halvings++;
        }
        System.out.println("float halvings to zero: " + halvings);
        // powers of two as doubles
        double p = 1.0;
        for (int i = 0; i < 12; i++) {
            p *= 1024;
            System.out.println("2^" + (10 * (i + 1)) + " = " + p);
        }
        double q = 1.0;
        for (int i = 0; i < 12; i++) {
            q /= 1024;
            System.out.println("2^-" + (10 * (i + 1)) + " = " + q);
        }
        System.out.println(Math.pow(2, 1024));
        System.out.println(Math.pow(2, -1075));
        System.out.println(Math.pow(-2, 3));
        System.out.println(Math.pow(0, 0));
    }
}
