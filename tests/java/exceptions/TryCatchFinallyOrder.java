public class TryCatchFinallyOrder {
    static StringBuilder log = new StringBuilder();

    static void step(String s) {
        log.append(s).append(' ');
    }

    static void flush(String label) {
        System.out.println(label + ": " + log.toString().trim());
        log.setLength(0);
    }

    static void noException() {
        try {
            step("try");
        } catch (RuntimeException e) {
            step("catch");
        } finally {
            step("finally");
        }
        step("after");
    }

    static void caught() {
        try {
            step("try");
            if (log.length() > 0) throw new IllegalStateException("x");
            step("not-reached");
        } catch (IllegalStateException e) {
            step("catch(" + e.getMessage() + ")");
        } finally {
            step("finally");
        }
        step("after");
    }

    static void uncaughtInside() {
        try {
            step("try");
            throw new UnsupportedOperationException("inner");
        } catch (IllegalArgumentException e) {
            step("wrong-catch");
        } finally {
            step("finally");
        }
    }

    static void throwInCatch() {
        try {
            try {
                step("try");
                throw new RuntimeException("first");
            } catch (RuntimeException e) {
                step("catch");
                throw new IllegalArgumentException("second");
            } finally {
                step("finally");
            }
        } catch (IllegalArgumentException e) {
            step("outer-catch(" + e.getMessage() + ")");
        }
    }

    static void throwInFinally() {
        try {
            try {
                step("try");
                throw new RuntimeException("lost");
            } finally {
                step("finally");
                if (log.length() > 0) throw new IllegalStateException("from finally");
            }
        } catch (RuntimeException e) {
            step("outer-catch(" + e.getMessage() + ")");
        }
    }

    static int loopWithFinally() {
        int count = 0;
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                step("body" + i);
            } finally {
                step("fin" + i);
                count++;
            }
        }
        return count;
    }

    static void multipleCatches(int which) {
        try {
            step("try" + which);
            switch (which) {
                case 0: throw new ArithmeticException("arith");
                case 1: throw new ArrayIndexOutOfBoundsException("aioobe");
                case 2: throw new IllegalArgumentException("iae");
                case 3: throw new RuntimeException("rte");
                default: step("none");
            }
        } catch (ArithmeticException e) {
            step("Arithmetic");
        } catch (IndexOutOfBoundsException e) {
            step("IndexOutOfBounds(" + e.getClass().getSimpleName() + ")");
        } catch (IllegalArgumentException e) {
            step("IllegalArgument");
        } catch (RuntimeException e) {
            step("Runtime");
        } finally {
            step("finally" + which);
        }
    }

    public static void main(String[] args) {
        noException();
        flush("no exception");
        caught();
        flush("caught");
        try {
            uncaughtInside();
        } catch (UnsupportedOperationException e) {
            step("main-catch(" + e.getMessage() + ")");
        }
        flush("propagated");
        throwInCatch();
        flush("throw in catch");
        throwInFinally();
        flush("throw in finally");
        int c = loopWithFinally();
        flush("loop with finally (count " + c + ")");
        for (int i = 0; i <= 4; i++) multipleCatches(i);
        flush("multiple catches");
    }
}
