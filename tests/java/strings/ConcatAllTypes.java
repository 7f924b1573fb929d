public class ConcatAllTypes {
    static class Custom {
        public String toString() {
            return "Custom!";
        }
    }

    static class NullToString {
        public String toString() {
            return null;
        }
    }

    public static void main(String[] args) {
        byte b = -8;
        short sh = 1234;
        char c = 'Q';
        int i = -42;
        long l = 9876543210L;
        float f = 1.25f;
        double d = -0.001;
        boolean z = true;
        String nul = null;
        Object on = null;
        Integer boxed = 77;
        Character boxedChar = 'k';
        System.out.println("byte " + b);
        System.out.println("short " + sh);
        System.out.println("char " + c);
        System.out.println("int " + i);
        System.out.println("long " + l);
        System.out.println("float " + f);
        System.out.println("double " + d);
        System.out.println("boolean " + z);
        System.out.println("null string " + nul);
        System.out.println("null object " + on);
        System.out.println("boxed " + boxed + " " + boxedChar);
        System.out.println("custom " + new Custom());
        System.out.println("null toString " + new NullToString());
        System.out.println(b + sh + c + i + " <- numeric sum first, then " + b + sh + c + i);
        System.out.println("" + c + c + " vs " + (c + c));
        System.out.println(nul + nul);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("x" + (1 + 2) + (char) ('a' + 2));
        System.out.println("float/double " + 1.0f + " " + 1.0 + " " + 100.0f / 3 + " " + 1e10f + " " + 1e-10);
        System.out.println("special " + Double.NaN + " " + Float.NEGATIVE_INFINITY + " " + -0.0f);
        System.out.println("min/max " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Byte.MIN_VALUE + " " + Short.MAX_VALUE
            + " " + (int) Character.MAX_VALUE);
        char[] arr = {'h', 'i'};
        System.out.println("char array via valueOf " + String.valueOf(arr));
        String s = "start";
        s += 1;
        s += 'c';
        s += 2.5;
        s += true;
        s += null;
        s += l;
        s += new Custom();
        System.out.println(s);
        // compound concat on array element
        String[] sa = {"a", null};
        sa[0] += "b";
        sa[1] += "c";
        System.out.println(sa[0] + " " + sa[1]);
        // concat with many operands
        int v1 = 1, v2 = 2, v3 = 3, v4 = 4, v5 = 5, v6 = 6, v7 = 7, v8 = 8;
        System.out.println(v1 + "," + v2 + "," + v3 + "," + v4 + "," + v5 + "," + v6 + "," + v7 + "," + v8 + "," + l + "," + d + "," + z + "," + c);
        // constant folding
        final String k1 = "con";
        final String k2 = "stant";
        String joined = k1 + k2;
        System.out.println(joined + " " + (joined == "constant"));
        System.out.println("tab\tnew\\line \"quote\" 'apos' \u0041\u0042");
        // String.valueOf for all types
        System.out.println(String.valueOf(b) + String.valueOf(c) + String.valueOf(i) + String.valueOf(l) + String.valueOf(f)
            + String.valueOf(d) + String.valueOf(z) + String.valueOf((Object) null) + String.valueOf(new Custom()));
        System.out.println(Integer.toString(i) + Long.toString(l) + Double.toString(d) + Float.toString(f) + Boolean.toString(z)
            + Character.toString(c) + Byte.toString(b) + Short.toString(sh));
    }
}
