public class RemainderSigns {
    public static void main(String[] args) {
        int[] as = {7, -7, 7, -7, 0, 1, -1, 13, -13, 100};
        int[] bs = {3, 3, -3, -3, 5, 5, 5, 4, 4, -7};
        for (int i = 0; i < as.length; i++) {
            int a = as[i], b = bs[i];
            System.out.println(a + " / " + b + " = " + (a / b)
                + ", " + a + " % " + b + " = " + (a % b)
                + ", floorDiv = " + Math.floorDiv(a, b)
                + ", floorMod = " + Math.floorMod(a, b)
                + ", check = " + ((a / b) * b + a % b));
        }
        long[] las = {7L, -7L, 7L, -7L, 9000000000L, -9000000000L};
        long[] lbs = {3L, 3L, -3L, -3L, 7L, 7L};
        for (int i = 0; i < las.length; i++) {
            long a = las[i], b = lbs[i];
            System.out.println(a + " / " + b + " = " + (a / b)
                + ", % = " + (a % b)
                + ", floorDiv = " + Math.floorDiv(a, b)
                + ", floorMod = " + Math.floorMod(a, b));
        }
        double[] das = {7.5, -7.5, 7.5, -7.5, 5.0, -0.0};
        double[] dbs = {2.0, 2.0, -2.0, -2.0, 2.5, 3.0};
        for (int i = 0; i < das.length; i++) {
            System.out.println(das[i] + " % " + dbs[i] + " = " + (das[i] % dbs[i]));
        }
        float fr = 10.5f % 3f;
        System.out.println("10.5f % 3f = " + fr);
        System.out.println("-10.5f % 3f = " + (-10.5f % 3f));
        // Even / odd checks with negatives
        for (int n = -4; n <= 4; n++) {
            System.out.println(n + ": n%2=" + (n % 2) + " odd(n%2!=0)=" + (n % 2 != 0) + " (n&1)=" + (n & 1));
        }
        // integer division truncates toward zero
        System.out.println("-1 / 2 = " + (-1 / 2));
        System.out.println("-3 / 2 = " + (-3 / 2));
        System.out.println("3 / -2 = " + (3 / -2));
        System.out.println("-9 >> 1 = " + (-9 >> 1) + " vs -9 / 2 = " + (-9 / 2));
    }
}
