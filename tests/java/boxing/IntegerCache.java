public class IntegerCache {
    static boolean same(Integer a, Integer b) {
        return a == b;
    }

    public static void main(String[] args) {
        int[] probes = {-129, -128, -1, 0, 1, 100, 127, 128, 1000, Integer.MAX_VALUE};
        for (int p : probes) {
            Integer a = p;
            Integer b = p;
            Integer c = Integer.valueOf(p);
            System.out.println(p + ": autobox== " + (a == b) + ", valueOf== " + (a == c) + ", equals " + a.equals(b));
        }
        Integer x = 127, y = 127;
        System.out.println("127 == 127: " + (x == y));
        Integer m = 128, n = 128;
        System.out.println("128 == 128: " + (m == n));
        System.out.println("128 equals 128: " + m.equals(n));
        System.out.println("128 == 128 after unboxing: " + (m.intValue() == n.intValue()));
        System.out.println("128 == int 128: " + (m == 128));
        @SuppressWarnings("removal")
        Integer fresh = new Integer(5);
        System.out.println("new Integer(5) == valueOf(5): " + (fresh == Integer.valueOf(5)));
        System.out.println("new Integer(5).equals(5): " + fresh.equals(5));
        // arithmetic produces new boxes
        Integer counter = 0;
        for (int i = 0; i < 200; i++) counter++;
        System.out.println("counter " + counter + " same as 200 box: " + same(counter, 200));
        Integer small = 0;
        for (int i = 0; i < 100; i++) small++;
        System.out.println("small " + small + " same as 100 box: " + same(small, 100));
        // parse vs valueOf
        System.out.println(Integer.valueOf("50") == Integer.valueOf(50));
        System.out.println(Integer.valueOf("500") == Integer.valueOf(500));
        System.out.println(Integer.parseInt("500") == Integer.valueOf(500));
    }
}
