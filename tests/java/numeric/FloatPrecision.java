public class FloatPrecision {
    public static void main(String[] args) {
        float f = 0.1f;
        double d = 0.1;
        System.out.println("0.1f = " + f);
        System.out.println("0.1 = " + d);
        System.out.println("(double) 0.1f = " + (double) f);
        System.out.println("0.1f == 0.1: " + (f == d));
        System.out.println("0.1f == (float) 0.1: " + (f == (float) d));
        float fsum = 0f;
        double dsum = 0.0;
        for (int i = 0; i < 10; i++) {
            fsum += 0.1f;
            dsum += 0.1;
        }
        System.out.println("sum of ten 0.1f = " + fsum);
        System.out.println("sum of ten 0.1 = " + dsum);
        System.out.println("0.1 + 0.2 = " + (0.1 + 0.2));
        System.out.println("0.1f + 0.2f = " + (0.1f + 0.2f));
        System.out.println("0.1 + 0.2 == 0.3: " + (0.1 + 0.2 == 0.3));
        System.out.println("0.1f + 0.2f == 0.3f: " + (0.1f + 0.2f == 0.3f));
        System.out.println("1.0 / 3 = " + (1.0 / 3));
        System.out.println("1.0f / 3 = " + (1.0f / 3));
        System.out.println("2.0 / 3 = " + (2.0 / 3));
        System.out.println("2.0f / 3 = " + (2.0f / 3));
        System.out.println("1e16 + 1 = " + (1e16 + 1));
        System.out.println("1e8f + 1 = " + (1e8f + 1));
        System.out.println("16777216f + 1f = " + (16777216f + 1f));
        System.out.println("9007199254740992.0 + 1 = " + (9007199254740992.0 + 1));
        System.out.println("9007199254740992.0 + 2 = " + (9007199254740992.0 + 2));
        // associativity
        double a = 1e20, b = -1e20, c = 1.0;
        System.out.println("(a + b) + c = " + ((a + b) + c));
        System.out.println("a + (b + c) = " + (a + (b + c)));
        float fa = 1e10f, fb = -1e10f, fc = 1f;
        System.out.println("float (a + b) + c = " + ((fa + fb) + fc));
        System.out.println("float a + (b + c) = " + (fa + (fb + fc)));
        // float arithmetic rounded to float each step
        float x = 1.1f;
        float y = x * x;
        double yd = (double) x * x;
        System.out.println("1.1f * 1.1f = " + y + " vs as double " + yd);
        float third = 1f / 3f;
        System.out.println("third * 3 = " + (third * 3f));
        double dthird = 1.0 / 3.0;
        System.out.println("dthird * 3 = " + (dthird * 3.0));
        // epsilon
        double eps = 1.0;
        int steps = 0;
        while (1.0 + eps / 2 != 1.0) {
            eps /= 2;
            steps++;
        }
        System.out.println("double epsilon = " + eps + " after " + steps + " halvings");
        float feps = 1.0f;
        steps = 0;
        while (1.0f + feps / 2 != 1.0f) {
            feps /= 2;
            steps++;
        }
        System.out.println("float epsilon = " + feps + " after " + steps + " halvings");
        // mixed int/float promotion
        int i = 7;
        System.out.println("7 / 2 = " + (i / 2));
        System.out.println("7 / 2.0 = " + (i / 2.0));
        System.out.println("7 / 2f = " + (i / 2f));
        long big = 123456789012L;
        System.out.println("big * 1.5f = " + (big * 1.5f));
        System.out.println("big * 1.5 = " + (big * 1.5));
        System.out.println("(float) 123456789 = " + (float) 123456789);
        // sum of harmonic series in float vs double
        float hf = 0f;
        double hd = 0.0;
        for (int k = 1; k <= 1000; k++) {
            hf += 1.0f / k;
            hd += 1.0 / k;
        }
        System.out.println("H(1000) float = " + hf);
        System.out.println("H(1000) double = " + hd);
        // sqrt results
        System.out.println("sqrt(2) = " + Math.sqrt(2));
        System.out.println("(float) sqrt(2) = " + (float) Math.sqrt(2));
        System.out.println("sqrt(2)^2 = " + Math.sqrt(2) * Math.sqrt(2));
        System.out.println("sqrt(1e-300) = " + Math.sqrt(1e-300));
        System.out.println("sqrt(144) = " + Math.sqrt(144));
    }
}
