public class FloatToStringEdges {
    public static void main(String[] args) {
        float[] vals = {
            0.0f, -0.0f, 1.0f, 0.1f, 0.2f, 0.1f + 0.2f, 0.3f, 1.0f / 3, 2.0f / 3, 100.0f, 1e6f, 1e7f,
            9999999.0f, 12345678.0f, 123456789.0f, 1e10f, 1e20f, 1e38f, 3.4e38f, 0.001f, 1e-3f,
            1.0E-4f, 1e-5f, 1e-10f, 1e-38f, 1e-40f, 1e-45f, Float.MIN_VALUE, Float.MAX_VALUE,
            Float.MIN_NORMAL, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
            3.14159265f, 2.7182818f, 16777216f, 16777217f, 0.5f, 1.1f, 1.1f * 1.1f, 33.333332f,
            100f / 7, 1234.5678f, -98765.43f, 8.589973E9f, 1.0E-44f
        };
        for (float v : vals) {
            System.out.println(v);
        }
        System.out.println("float to double widening:");
        float[] ws = {0.1f, 0.2f, 1.0f / 3, 3.14159265f, 1e-10f, 16777217f, Float.MIN_VALUE, Float.MAX_VALUE};
        for (float v : ws) {
            System.out.println(v + " -> " + (double) v);
        }
        System.out.println("parse:");
        String[] strs = {"0.1", "3.4028236e38", "1e-46", "1.17549435E-38", "-7.5", "1e7", "16777217"};
        for (String s : strs) {
            System.out.println(s + " -> " + Float.parseFloat(s));
        }
        System.out.println("int / long to float:");
        for (int i = 0; i < 10; i++) {
            int v = 1 << (i * 3);
            System.out.println(v + 1 + " -> " + (float) (v + 1) + " " + (float) ((long) v * v + 7));
        }
        System.out.println("float counting:");
        float f = 0f;
        for (int i = 0; i < 20; i++) {
            f += 0.05f;
            System.out.print(f + " ");
        }
        System.out.println();
    }
}
