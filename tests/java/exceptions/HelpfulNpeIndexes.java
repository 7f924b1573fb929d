// Helpful NullPointerException messages: array indexes (fields, calls,
// statics, locals, arithmetic as "..."), merged values (no "because"),
// throw null, locals and parameters of an instance method.
public class HelpfulNpeIndexes {
    HelpfulNpeIndexes f; int i; HelpfulNpeIndexes[] arr; static int si;
    HelpfulNpeIndexes get() { return this; }
    static int idx() { return 0; }
    static void run(Runnable r) { try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } }
    public static void main(String[] args) {
        HelpfulNpeIndexes x = new HelpfulNpeIndexes();
        x.arr = new HelpfulNpeIndexes[3];
        int k = 1;
        run(() -> x.get().f.get());
        run(() -> x.arr[x.i].get());
        run(() -> x.arr[idx()].get());
        run(() -> x.arr[k + 1].get());
        run(() -> x.arr[si].get());
        run(() -> x.arr[k].f.get());
        run(() -> { String s = args.length > 0 ? "a" : null; s.length(); });
        run(() -> { Object o = null; String t = (String) o; t.length(); });
        run(() -> { HelpfulNpeIndexes a = null, b = x; (args.length == 0 ? a : b).get(); });
        run(() -> { throw null; });
        run(() -> { Object[] os = null; os[0] = null; });
        run(() -> { x.arr = null; x.arr[0] = null; });
        run(() -> { long[][] ls = new long[2][]; ls[1][0] = 1; });
        run(() -> { int j = 3; Object[] os = null; System.out.println(os[j - 1]); });
    }
    void inst(String p) { try { p.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } try { this.f.get(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } }
    static { new HelpfulNpeIndexes().inst(null); }
}
