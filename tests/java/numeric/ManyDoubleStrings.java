import java.util.Random;

public class ManyDoubleStrings {
    public static void main(String[] args) {
        Random r = new Random(20240601L);
        System.out.println("nextDouble:");
        for (int i = 0; i < 20; i++) {
            System.out.println(r.nextDouble());
        }
        System.out.println("scaled:");
        for (int i = 0; i < 20; i++) {
            double v = r.nextDouble() - 0.5;
            int e = r.nextInt(40) - 20;
            for (int k = 0; k < e; k++) v *= 10;
            for (int k = 0; k > e; k--) v /= 10;
            System.out.println(v);
        }
        System.out.println("from bits:");
        for (int i = 0; i < 20; i++) {
            long bits = r.nextLong();
            double d = Double.longBitsToDouble(bits);
            System.out.println(Long.toHexString(bits) + " " + d);
        }
        System.out.println("float from bits:");
        for (int i = 0; i < 20; i++) {
            int bits = r.nextInt();
            float f = Float.intBitsToFloat(bits);
            System.out.println(Integer.toHexString(bits) + " " + f);
        }
        System.out.println("float from nextInt:");
        for (int i = 0; i < 10; i++) {
            System.out.println(r.nextInt(1000000) / 1000000.0f);
        }
        System.out.println("gaussian:");
        for (int i = 0; i < 10; i++) {
            System.out.println(String.format("%.6f", r.nextGaussian()));
        }
        System.out.println("fractions:");
        for (int n = 1; n <= 30; n++) {
            System.out.println(n + "/" + 31 + " = " + (n / 31.0) + ", " + (n / 31.0f));
        }
        System.out.println("decimal steps:");
        double d = 0.0;
        for (int i = 0; i < 30; i++) {
            d += 0.1;
            System.out.print(d + " ");
        }
        System.out.println();
        System.out.println("money:");
        double[] prices = {19.99, 5.49, 0.01, 100.10, 3.333};
        double total = 0;
        for (double p : prices) {
            total += p;
            System.out.println(total);
        }
        System.out.println(total * 1.0825);
    }
}
