// Helpful NullPointerException messages for nested expressions: calls
// (with parameter types), chains of fields cut at five levels, array
// elements of every element type, casts, conditionals, static fields.
public class HelpfulNpeExpressions {
    HelpfulNpeExpressions f; int[] arr; static HelpfulNpeExpressions s; String str;
    HelpfulNpeExpressions get() { return null; }
    static HelpfulNpeExpressions sget(int a, long b, String c, Object d, int[][] e, HelpfulNpeExpressions[] g, java.util.List<String> h) { return null; }
    void m(String a, int b) {}
    static void run(Runnable r) { try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } }
    public static void main(String[] args) {
        HelpfulNpeExpressions x = new HelpfulNpeExpressions();
        run(() -> sget(1, 2L, "", null, null, null, null).m("a", 1));
        run(() -> x.get().f.m(null, 2));
        run(() -> System.out.println(x.get().arr[0]));
        run(() -> System.out.println(x.f.arr[x.arr[0]]));
        run(() -> { HelpfulNpeExpressions[] a = new HelpfulNpeExpressions[3]; a[1 + 1].m(null, 0); });
        run(() -> { HelpfulNpeExpressions[] a = new HelpfulNpeExpressions[3]; a[0].f.m(null, 0); });
        run(() -> { HelpfulNpeExpressions y = null; y.str.length(); });
        run(() -> { x.f = null; x.f.str = "a"; });
        run(() -> { Object o = (args.length > 5) ? x : null; o.hashCode(); });
        run(() -> { Object o = null; ((HelpfulNpeExpressions) o).m(null, 1); });
        run(() -> { long[] l = null; l[0] = 5L; });
        run(() -> { boolean[] b = null; b[0] = true; });
        run(() -> { byte[] b = null; System.out.println(b[0]); });
        run(() -> { char[] b = null; System.out.println(b[0]); });
        run(() -> { short[] b = null; System.out.println(b[0]); });
        run(() -> { float[] b = null; System.out.println(b[0]); });
        run(() -> { Object[][] b = new Object[1][]; System.out.println(b[0][0]); });
        run(() -> { HelpfulNpeExpressions.s.str.length(); });
        run(() -> { new HelpfulNpeExpressions().f.get(); });
        run(() -> { HelpfulNpeExpressions y = null; synchronized (y) { } });
        run(() -> { HelpfulNpeExpressions y = null; y.m(null, 1); });
        run(() -> { String t = null; t.length(); });
        run(() -> { x.get().get().get(); });
        run(() -> { x.f.f.f.f.f.f.f.m(null, 1); });
        run(() -> { HelpfulNpeExpressions y = new HelpfulNpeExpressions(); y.f = new HelpfulNpeExpressions(); y.f.f = new HelpfulNpeExpressions(); y.f.f.f = new HelpfulNpeExpressions(); y.f.f.f.f = new HelpfulNpeExpressions(); y.f.f.f.f.f.f.m(null, 1); });
    }
}
