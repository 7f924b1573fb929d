// Checks java.util.Random with fixed seeds (its LCG algorithm is specified):
// nextInt(), nextInt(bound) for power-of-two and other bounds, nextInt(origin,bound),
// nextLong, nextDouble, nextFloat, nextBoolean, nextGaussian, nextBytes, setSeed
// restarting the sequence, equal seeds giving equal sequences, and
// IllegalArgumentException messages for bad bounds.
import java.util.Arrays;
import java.util.Random;

public class RandomSeeded {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(r.nextInt()).append(' ');
        System.out.println("nextInt() " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 8; i++) sb.append(r.nextInt(10)).append(' ');
        System.out.println("nextInt(10) " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 6; i++) sb.append(r.nextInt(64)).append(' ');
        System.out.println("nextInt(64) " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextInt(1_000_000_007)).append(' ');
        System.out.println("nextInt(1e9+7) " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextInt(Integer.MAX_VALUE / 2 + 7)).append(' ');
        System.out.println("nextInt(big non-power) " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextLong()).append(' ');
        System.out.println("nextLong " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextDouble()).append(' ');
        System.out.println("nextDouble " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 4; i++) sb.append(r.nextFloat()).append(' ');
        System.out.println("nextFloat " + sb.toString().trim());
        sb.setLength(0);
        for (int i = 0; i < 10; i++) sb.append(r.nextBoolean() ? 'T' : 'F');
        System.out.println("nextBoolean " + sb);
        sb.setLength(0);
        for (int i = 0; i < 5; i++) sb.append(r.nextGaussian()).append(' ');
        System.out.println("nextGaussian " + sb.toString().trim());
        byte[] bytes = new byte[7];
        r.nextBytes(bytes);
        System.out.println("nextBytes " + Arrays.toString(bytes));

        Random r7 = new Random(7);
        System.out.println("Random(7) nextInt(100) " + r7.nextInt(100) + " " + r7.nextInt(100) + " " + r7.nextInt(100)
                + " nextLong " + r7.nextLong() + " nextDouble " + r7.nextDouble() + " nextGaussian " + r7.nextGaussian());
        Random r0 = new Random(0);
        System.out.println("Random(0) nextInt " + r0.nextInt() + " nextInt(6)+1 dice " + (r0.nextInt(6) + 1) + " " + (r0.nextInt(6) + 1) + " " + (r0.nextInt(6) + 1));
        Random neg = new Random(-123456789012345L);
        System.out.println("Random(-123456789012345) nextInt " + neg.nextInt() + " nextLong " + neg.nextLong());

        Random a = new Random(2024);
        Random b = new Random(2024);
        boolean same = true;
        for (int i = 0; i < 50; i++) if (a.nextInt(1000) != b.nextInt(1000)) same = false;
        System.out.println("same seed same sequence " + same);
        a.setSeed(99);
        int first = a.nextInt();
        a.nextInt();
        a.setSeed(99);
        System.out.println("setSeed restarts " + (first == a.nextInt()) + " value " + first);
        Random g = new Random(5);
        double g1 = g.nextGaussian();
        g.setSeed(5);
        System.out.println("setSeed clears cached gaussian " + (g1 == g.nextGaussian()));

        Random s = new Random(11);
        System.out.println("nextInt(5, 10) " + s.nextInt(5, 10) + " " + s.nextInt(-3, 3) + " nextLong(100) " + s.nextLong(100) + " nextDouble(1,2) " + s.nextDouble(1.0, 2.0));

        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(0): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            r.nextInt(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(-5): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            r.nextInt(5, 5);
        } catch (IllegalArgumentException e) {
            System.out.println("nextInt(5,5): " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
