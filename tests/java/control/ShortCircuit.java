public class ShortCircuit {
    static int calls = 0;
    static StringBuilder log = new StringBuilder();

    static boolean t(String name) {
        calls++;
        log.append(name).append(' ');
        return true;
    }

    static boolean f(String name) {
        calls++;
        log.append(name).append(' ');
        return false;
    }

    static void report(String expr, boolean result) {
        System.out.println(expr + " = " + result + " | evaluated: " + log.toString().trim());
        log.setLength(0);
    }

    public static void main(String[] args) {
        report("t(a) && t(b)", t("a") && t("b"));
        report("f(a) && t(b)", f("a") && t("b"));
        report("t(a) || t(b)", t("a") || t("b"));
        report("f(a) || t(b)", f("a") || t("b"));
        report("f(a) || f(b) || t(c) || t(d)", f("a") || f("b") || t("c") || t("d"));
        report("t(a) && t(b) && f(c) && t(d)", t("a") && t("b") && f("c") && t("d"));
        report("t(a) || f(b) && f(c)", t("a") || f("b") && f("c"));
        report("(t(a) || f(b)) && f(c)", (t("a") || f("b")) && f("c"));
        report("f(a) & t(b)", f("a") & t("b"));
        report("t(a) | t(b)", t("a") | t("b"));
        report("t(a) ^ t(b)", t("a") ^ t("b"));
        report("!f(a) && !t(b)", !f("a") && !t("b"));
        report("f(a) ? t(b) : f(c)", f("a") ? t("b") : f("c"));
        report("t(a) ? t(b) : f(c)", t("a") ? t("b") : f("c"));
        System.out.println("total calls = " + calls);
        // null guard
        String s = null;
        if (s != null && s.length() > 0) {
            System.out.println("non-empty");
        } else {
            System.out.println("null or empty guarded");
        }
        if (s == null || s.isEmpty()) {
            System.out.println("second guard ok");
        }
        // array bounds guard
        int[] arr = {1, 2, 3};
        int idx = 5;
        if (idx < arr.length && arr[idx] > 0) {
            System.out.println("never");
        } else {
            System.out.println("index guard ok");
        }
        // side effects on counters
        int i = 0;
        boolean r = (i++ > 0) && (i++ > 0);
        System.out.println("r=" + r + " i=" + i);
        i = 0;
        r = (i++ >= 0) || (i++ >= 0);
        System.out.println("r=" + r + " i=" + i);
        i = 0;
        r = (i++ > 0) & (i++ > 0);
        System.out.println("r=" + r + " i=" + i);
        // divide-by-zero guard
        int d = 0;
        if (d != 0 && 10 / d > 1) {
            System.out.println("never");
        }
        System.out.println("division guarded");
        // boolean result stored and reused
        boolean big = calls > 10 && calls < 100;
        System.out.println("big = " + big);
        // while with short-circuit condition
        int[] data = {4, 8, 15, 16, 23, 42};
        int pos = 0;
        while (pos < data.length && data[pos] % 2 == 0) pos++;
        System.out.println("first odd at " + pos);
        pos = 0;
        while (pos < data.length && data[pos] < 100) pos++;
        System.out.println("scan end at " + pos);
    }
}
