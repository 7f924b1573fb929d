public class Ternaries {
    static String sign(int n) {
        return n > 0 ? "positive" : n < 0 ? "negative" : "zero";
    }

    static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    public static void main(String[] args) {
        for (int n = -2; n <= 2; n++) System.out.println(n + " " + sign(n));
        for (int v = -5; v <= 15; v += 5) System.out.println("clamp(" + v + ") = " + clamp(v, 0, 10));
        int a = 3, b = 7;
        int max = a > b ? a : b;
        int min = a < b ? a : b;
        System.out.println("max=" + max + " min=" + min);
        // type of ternary
        Object o = true ? 1 : "string";
        System.out.println(o + " " + o.getClass().getName());
        Object o2 = false ? 1 : "string";
        System.out.println(o2 + " " + o2.getClass().getName());
        Object o3 = true ? 1 : 2.0;
        System.out.println(o3 + " " + o3.getClass().getName());
        Object o4 = true ? Integer.valueOf(1) : Double.valueOf(2.0);
        System.out.println(o4 + " " + o4.getClass().getName());
        Object o5 = true ? 'a' : 0;
        System.out.println(o5 + " " + o5.getClass().getName());
        Object o6 = true ? (Object) 'a' : 0;
        System.out.println(o6 + " " + o6.getClass().getName());
        long l = true ? 1 : 2L;
        System.out.println(l);
        // null in ternary
        String s = null;
        String t = s == null ? "default" : s;
        System.out.println(t);
        Integer boxed = null;
        Integer r = boxed != null ? boxed : Integer.valueOf(-1);
        System.out.println(r);
        try {
            int bad = true ? boxed : 0;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null in ternary: " + e.getClass().getName());
        }
        // nested ternary table
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(i % 15 == 0 ? "FB" : i % 5 == 0 ? "B" : i % 3 == 0 ? "F" : String.valueOf(i)).append(' ');
        }
        System.out.println(sb.toString().trim());
        // ternary as argument and with side effects
        int counter = 0;
        int x = counter++ > 0 ? counter++ : counter--;
        System.out.println("x=" + x + " counter=" + counter);
        // ternary with mixed char/int constants
        char c = 'q';
        System.out.println(c > 'm' ? 'Y' : 'N');
        System.out.println(false ? 'Y' : 78);
        int eighty = 80;
        System.out.println(false ? 'Y' : eighty);
        // ternary returning arrays
        int[] arr1 = {1, 2};
        int[] arr2 = {3, 4, 5};
        int[] chosen = arr1.length > arr2.length ? arr1 : arr2;
        System.out.println(chosen.length);
        // boolean ternary
        boolean flag = a > b ? true : false;
        System.out.println(flag);
        double d = a > b ? 1 : 2.5;
        System.out.println(d);
    }
}
