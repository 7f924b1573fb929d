public class DivByZero {
    static int zero() { return 0; }
    static long lzero() { return 0L; }

    static void tryIntDiv(int a, int b) {
        try {
            int r = a / b;
            System.out.println(a + " / " + b + " = " + r);
        } catch (ArithmeticException e) {
            System.out.println(a + " / " + b + " threw " + e);
        }
    }

    static void tryIntRem(int a, int b) {
        try {
            int r = a % b;
            System.out.println(a + " % " + b + " = " + r);
        } catch (ArithmeticException e) {
            System.out.println(a + " % " + b + " threw " + e.getMessage());
        }
    }

    static void tryLongDiv(long a, long b) {
        try {
            long r = a / b;
            System.out.println(a + "L / " + b + "L = " + r);
        } catch (ArithmeticException e) {
            System.out.println(a + "L / " + b + "L threw " + e);
        }
    }

    static void tryLongRem(long a, long b) {
        try {
            long r = a % b;
            System.out.println(a + "L % " + b + "L = " + r);
        } catch (ArithmeticException e) {
            System.out.println(a + "L % " + b + "L threw " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        tryIntDiv(10, 3);
        tryIntDiv(10, 0);
        tryIntDiv(0, 0);
        tryIntDiv(-7, zero());
        tryIntRem(10, 3);
        tryIntRem(10, 0);
        tryIntRem(Integer.MIN_VALUE, 0);
        tryLongDiv(10L, 3L);
        tryLongDiv(10L, 0L);
        tryLongDiv(Long.MAX_VALUE, lzero());
        tryLongRem(10L, 4L);
        tryLongRem(10L, 0L);
        // float and double division by zero do not throw
        double d = 1.0 / zero();
        System.out.println("1.0 / 0 = " + d);
        double dn = -1.0 / zero();
        System.out.println("-1.0 / 0 = " + dn);
        double dz = 0.0 / zero();
        System.out.println("0.0 / 0 = " + dz);
        float f = 1.0f / zero();
        System.out.println("1.0f / 0 = " + f);
        double rem = 5.0 % zero();
        System.out.println("5.0 % 0 = " + rem);
        // exception in compound assignment
        int counter = 100;
        try {
            counter /= zero();
        } catch (ArithmeticException e) {
            System.out.println("compound /= threw, counter still " + counter);
        }
        int[] arr = {1, 2, 3};
        int i = 0;
        try {
            arr[i++] = 10 / zero();
        } catch (ArithmeticException e) {
            System.out.println("i after failed store = " + i + ", arr[0] = " + arr[0]);
        }
        // catch as RuntimeException
        try {
            System.out.println(5 / zero());
        } catch (RuntimeException e) {
            System.out.println("caught as RuntimeException: " + e.getClass().getName());
        }
        // loop that divides until failing
        int sum = 0;
        for (int k = 5; k >= -3; k--) {
            try {
                sum += 60 / k;
            } catch (ArithmeticException e) {
                System.out.println("skipped k = " + k);
            }
        }
        System.out.println("sum = " + sum);
    }
}
