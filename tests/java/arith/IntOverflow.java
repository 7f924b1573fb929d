public class IntOverflow {
    static int add(int a, int b) { return a + b; }
    static int sub(int a, int b) { return a - b; }
    static int mul(int a, int b) { return a * b; }
    static int neg(int a) { return -a; }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println("max = " + max);
        System.out.println("min = " + min);
        System.out.println("max + 1 = " + add(max, 1));
        System.out.println("min - 1 = " + sub(min, 1));
        System.out.println("max + max = " + add(max, max));
        System.out.println("min + min = " + add(min, min));
        System.out.println("max * 2 = " + mul(max, 2));
        System.out.println("max * max = " + mul(max, max));
        System.out.println("min * -1 = " + mul(min, -1));
        System.out.println("-min = " + neg(min));
        System.out.println("-max = " + neg(max));
        System.out.println("65536 * 65536 = " + mul(65536, 65536));
        System.out.println("46341 * 46341 = " + mul(46341, 46341));
        System.out.println("100000 * 100000 = " + mul(100000, 100000));
        System.out.println("123456789 * 987654321 = " + mul(123456789, 987654321));
        int x = max;
        x++;
        System.out.println("max++ -> " + x);
        x--;
        System.out.println("back -> " + x);
        int y = min;
        y--;
        System.out.println("min-- -> " + y);
        // factorial overflow
        int f = 1;
        for (int i = 1; i <= 20; i++) {
            f *= i;
            System.out.println(i + "! (int) = " + f);
        }
        // powers of 3 wrapping
        int p = 1;
        for (int i = 0; i < 25; i++) {
            p *= 3;
        }
        System.out.println("3^25 (int) = " + p);
        // hash-like accumulation
        int h = 0;
        for (int i = 0; i < 100; i++) {
            h = 31 * h + i;
        }
        System.out.println("hash accumulation = " + h);
        // unary minus and abs of MIN_VALUE
        System.out.println("Math.abs(min) = " + Math.abs(min));
        System.out.println("Math.abs(-5) = " + Math.abs(-5));
        // compare after overflow
        System.out.println("max + 1 < max: " + (add(max, 1) < max));
        // constant folded by javac
        System.out.println("folded: " + (Integer.MAX_VALUE + 1));
    }
}
