public class ExactMath {
    interface Op {
        long run();
    }

    static void attempt(String label, Op op) {
        try {
            System.out.println(label + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(label + " -> ArithmeticException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("addExact(1, 2)", new Op() { public long run() { return Math.addExact(1, 2); } });
        attempt("addExact(MAX, 1)", new Op() { public long run() { return Math.addExact(Integer.MAX_VALUE, 1); } });
        attempt("addExact(LMAX, 1L)", new Op() { public long run() { return Math.addExact(Long.MAX_VALUE, 1L); } });
        attempt("subtractExact(MIN, 1)", new Op() { public long run() { return Math.subtractExact(Integer.MIN_VALUE, 1); } });
        attempt("subtractExact(10, 20)", new Op() { public long run() { return Math.subtractExact(10, 20); } });
        attempt("multiplyExact(46341, 46341)", new Op() { public long run() { return Math.multiplyExact(46341, 46341); } });
        attempt("multiplyExact(46340, 46340)", new Op() { public long run() { return Math.multiplyExact(46340, 46340); } });
        attempt("multiplyExact(3037000500L, 3037000500L)", new Op() { public long run() { return Math.multiplyExact(3037000500L, 3037000500L); } });
        attempt("multiplyExact(-1, MIN)", new Op() { public long run() { return Math.multiplyExact(-1, Integer.MIN_VALUE); } });
        attempt("incrementExact(MAX)", new Op() { public long run() { return Math.incrementExact(Integer.MAX_VALUE); } });
        attempt("decrementExact(LMIN)", new Op() { public long run() { return Math.decrementExact(Long.MIN_VALUE); } });
        attempt("negateExact(5)", new Op() { public long run() { return Math.negateExact(5); } });
        attempt("negateExact(LMIN)", new Op() { public long run() { return Math.negateExact(Long.MIN_VALUE); } });
        attempt("toIntExact(1L << 31)", new Op() { public long run() { return Math.toIntExact(1L << 31); } });
        attempt("toIntExact(-5L)", new Op() { public long run() { return Math.toIntExact(-5L); } });
        attempt("floorDiv(-7, 2)", new Op() { public long run() { return Math.floorDiv(-7, 2); } });
        attempt("floorMod(-7, 2)", new Op() { public long run() { return Math.floorMod(-7, 2); } });
        attempt("floorDiv(7, 0)", new Op() { public long run() { return Math.floorDiv(7, 0); } });
        attempt("floorMod(7L, 0L)", new Op() { public long run() { return Math.floorMod(7L, 0L); } });
        attempt("abs(MIN)", new Op() { public long run() { return Math.abs(Integer.MIN_VALUE); } });
        attempt("max(3, -3)", new Op() { public long run() { return Math.max(3, -3); } });
        attempt("min(LMIN, 0)", new Op() { public long run() { return Math.min(Long.MIN_VALUE, 0L); } });
        // safe factorial with exact math
        long f = 1;
        int n = 1;
        try {
            while (true) {
                f = Math.multiplyExact(f, (long) n);
                n++;
            }
        } catch (ArithmeticException e) {
            System.out.println("largest factorial in long: " + (n - 1) + "! = " + f);
        }
        int fi = 1;
        n = 1;
        try {
            while (true) {
                fi = Math.multiplyExact(fi, n);
                n++;
            }
        } catch (ArithmeticException e) {
            System.out.println("largest factorial in int: " + (n - 1) + "! = " + fi);
        }
    }
}
