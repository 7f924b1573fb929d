public class FailingInit {
    static class Fragile {
        static int value = compute();
        static {
            System.out.println("Fragile static block (not reached)");
        }

        static int compute() {
            System.out.println("Fragile.compute running");
            int[] arr = new int[2];
            return arr[5];
        }

        static void hello() {
            System.out.println("hello from Fragile");
        }
    }

    static class ThrowsRuntime {
        static {
            System.out.println("ThrowsRuntime static block");
            if (true) {
                throw new IllegalStateException("boom in static init");
            }
        }
        static int x = 1;
    }

    static class ThrowsError {
        static {
            if (true) {
                throw new AssertionError("assertion in static init");
            }
        }
        static int y;
    }

    static class DependsOnFragile {
        static int v = 1 + Fragile.value;
    }

    public static void main(String[] args) {
        try {
            System.out.println(Fragile.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("caught " + e.getClass().getName());
            System.out.println("message: " + e.getMessage());
            Throwable cause = e.getCause();
            System.out.println("cause: " + cause.getClass().getName());
            System.out.println("cause message: " + cause.getMessage());
        }
        try {
            Fragile.hello();
        } catch (NoClassDefFoundError e) {
            System.out.println("second use: " + e.getClass().getName());
            System.out.println("message: " + e.getMessage());
        }
        try {
            new Fragile();
        } catch (NoClassDefFoundError e) {
            System.out.println("third use: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.println(DependsOnFragile.v);
        } catch (ExceptionInInitializerError e) {
            System.out.println("dependent: " + e.getClass().getName() + " caused by " + e.getCause().getClass().getName());
            System.out.println("cause message: " + e.getCause().getMessage());
        } catch (NoClassDefFoundError e) {
            System.out.println("dependent: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            ThrowsRuntime.x = 5;
        } catch (ExceptionInInitializerError e) {
            System.out.println("ThrowsRuntime: " + e.getCause());
        }
        try {
            System.out.println(ThrowsRuntime.x);
        } catch (Error e) {
            System.out.println("ThrowsRuntime again: " + e);
        }
        try {
            System.out.println(ThrowsError.y);
        } catch (ExceptionInInitializerError e) {
            System.out.println("unexpected wrapping");
        } catch (AssertionError e) {
            System.out.println("Error subclasses are not wrapped: " + e);
        }
        try {
            System.out.println(ThrowsError.y);
        } catch (NoClassDefFoundError e) {
            System.out.println("ThrowsError again: " + e.getMessage());
        }
        System.out.println("program continues");
    }
}
