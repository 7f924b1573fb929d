public class StackTraceFrames {
    static void level3(int x) {
        if (x > 0) {
            throw new IllegalStateException("deep failure " + x);
        }
    }

    static void level2(int x) {
        level3(x + 1);
    }

    static void level1(int x) {
        level2(x * 2);
    }

    static class Worker {
        void work() {
            throw new UnsupportedOperationException("worker");
        }
    }

    static void show(Throwable t, int frames) {
        System.out.println(t);
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < frames && i < st.length; i++) {
            StackTraceElement e = st[i];
            System.out.println("  at " + e.getClassName() + "." + e.getMethodName() + " line " + e.getLineNumber());
        }
    }

    public static void main(String[] args) {
        try {
            level1(3);
        } catch (IllegalStateException e) {
            show(e, 4);
        }
        try {
            new Worker().work();
        } catch (UnsupportedOperationException e) {
            show(e, 2);
        }
        try {
            int[] a = new int[2];
            a[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            show(e, 1);
        }
        try {
            int zero = 0;
            System.out.println(10 / zero);
        } catch (ArithmeticException e) {
            show(e, 1);
        }
        Exception created = new Exception("created, not thrown");
        show(created, 1);
        // constructor frame
        try {
            new Thrower();
        } catch (RuntimeException e) {
            show(e, 2);
        }
        // static initializer frame
        try {
            System.out.println(BadInit.VALUE);
        } catch (ExceptionInInitializerError e) {
            show(e.getCause(), 2);
        }
    }

    static class Thrower {
        Thrower() {
            throw new RuntimeException("from constructor");
        }
    }

    static class BadInit {
        static final int VALUE = compute();

        static int compute() {
            throw new IllegalArgumentException("from clinit");
        }
    }
}
