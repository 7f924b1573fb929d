public class LongOverflow {
    static long add(long a, long b) { return a + b; }
    static long mul(long a, long b) { return a * b; }

    public static void main(String[] args) {
        long max = Long.MAX_VALUE;
        long min = Long.MIN_VALUE;
        System.out.println("max = " + max);
        System.out.println("min = " + min);
        System.out.println("max + 1 = " + add(max, 1));
        System.out.println("min - 1 = " + add(min, -1));
        System.out.println("max * 2 = " + mul(max, 2));
        System.out.println("min * -1 = " + mul(min, -1));
        System.out.println("-min = " + (-min));
        System.out.println("max * max = " + mul(max, max));
        System.out.println("4294967296 * 4294967296 = " + mul(4294967296L, 4294967296L));
        System.out.println("3037000500 * 3037000500 = " + mul(3037000500L, 3037000500L));
        System.out.println("123456789123 * 987654321987 = " + mul(123456789123L, 987654321987L));
        long f = 1;
        for (int i = 1; i <= 25; i++) {
            f *= i;
            System.out.println(i + "! (long) = " + f);
        }
        // int arithmetic promoted vs not
        int a = 2000000000;
        int b = 2000000000;
        long wrong = a + b;
        long right = (long) a + b;
        System.out.println("int sum widened late = " + wrong);
        System.out.println("long sum = " + right);
        long bigMul = (long) a * b;
        System.out.println("long product = " + bigMul);
        // fibonacci past long range
        long f1 = 0, f2 = 1;
        for (int i = 0; i < 100; i++) {
            long t = f1 + f2;
            f1 = f2;
            f2 = t;
        }
        System.out.println("fib-ish 100 wrapped = " + f1);
        long h = 1125899906842597L;
        String s = "The quick brown fox";
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        System.out.println("long hash = " + h);
        System.out.println("Math.abs(min) = " + Math.abs(min));
        System.out.println("min / 2 = " + (min / 2));
        System.out.println("max >> 1 = " + (max >> 1));
        long m = min;
        m--;
        System.out.println("min-- = " + m);
        // long to int truncation
        System.out.println("(int) max = " + (int) max);
        System.out.println("(int) 4294967297L = " + (int) 4294967297L);
        System.out.println("(int) 2147483648L = " + (int) 2147483648L);
        System.out.println("(int) -2147483649L = " + (int) -2147483649L);
    }
}
