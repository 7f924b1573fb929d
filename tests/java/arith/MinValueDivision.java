public class MinValueDivision {
    static int div(int a, int b) { return a / b; }
    static int rem(int a, int b) { return a % b; }
    static long ldiv(long a, long b) { return a / b; }
    static long lrem(long a, long b) { return a % b; }

    public static void main(String[] args) {
        int min = Integer.MIN_VALUE;
        System.out.println("MIN / -1 = " + div(min, -1));
        System.out.println("MIN % -1 = " + rem(min, -1));
        System.out.println("MIN / 1 = " + div(min, 1));
        System.out.println("MIN / 2 = " + div(min, 2));
        System.out.println("MIN / -2 = " + div(min, -2));
        System.out.println("MIN % 2 = " + rem(min, 2));
        System.out.println("MIN % 3 = " + rem(min, 3));
        System.out.println("MIN % -3 = " + rem(min, -3));
        System.out.println("MIN / MIN = " + div(min, min));
        System.out.println("MAX / MIN = " + div(Integer.MAX_VALUE, min));
        System.out.println("MIN / MAX = " + div(min, Integer.MAX_VALUE));
        System.out.println("MIN % MAX = " + rem(min, Integer.MAX_VALUE));
        long lmin = Long.MIN_VALUE;
        System.out.println("LMIN / -1 = " + ldiv(lmin, -1));
        System.out.println("LMIN % -1 = " + lrem(lmin, -1));
        System.out.println("LMIN / 2 = " + ldiv(lmin, 2));
        System.out.println("LMIN % 7 = " + lrem(lmin, 7));
        System.out.println("LMIN / LMAX = " + ldiv(lmin, Long.MAX_VALUE));
        System.out.println("LMIN % LMAX = " + lrem(lmin, Long.MAX_VALUE));
        int x = min;
        x /= -1;
        System.out.println("x /= -1 -> " + x);
        x = min;
        x %= -1;
        System.out.println("x %= -1 -> " + x);
        System.out.println("Math.floorDiv(MIN, -1) = " + Math.floorDiv(min, -1));
        System.out.println("Math.floorMod(MIN, -1) = " + Math.floorMod(min, -1));
        System.out.println("Math.negateExact check:");
        try {
            System.out.println(Math.negateExact(min));
        } catch (ArithmeticException e) {
            System.out.println("  " + e.getMessage());
        }
        // widen first avoids overflow
        long wide = (long) min / -1;
        System.out.println("(long) MIN / -1 = " + wide);
        for (int d = -4; d <= 4; d++) {
            if (d == 0) continue;
            System.out.println("MIN / " + d + " = " + div(min, d) + ", MIN % " + d + " = " + rem(min, d));
        }
    }
}
