// Checks assert statements under -ea (AssertsOn.flags) with one nested class
// disabled by -da:AssertsOn$Quiet: desiredAssertionStatus per class, the
// detail message conversion of every message type (String, int, long, char,
// double, boolean, Object, null, Throwable -> becomes the cause), side
// effects in assert conditions/messages, and AssertionError constructors.
// Note: Quiet.class.desiredAssertionStatus() is false, yet the assert inside
// Quiet fires, because javac initializes a nested class's
// $assertionsDisabled from the OUTERMOST class (AssertsOn.class).
public class AssertsOn {
    static int sideEffects = 0;

    static boolean touch() {
        sideEffects++;
        return true;
    }

    static class Quiet {
        static String check() {
            try {
                assert false : "should not fire";
                return "quiet: not fired";
            } catch (AssertionError e) {
                return "quiet: fired " + e.getMessage();
            }
        }
    }

    static class Loud {
        static String check(int x) {
            try {
                assert x > 0 : "x must be positive but was " + x;
                return "loud(" + x + "): ok";
            } catch (AssertionError e) {
                return "loud(" + x + "): " + e.getMessage();
            }
        }
    }

    static class Point {
        public String toString() {
            return "Point(1,2)";
        }
    }

    interface Fire {
        void run();
    }

    static void fire(String label, Fire f) {
        try {
            f.run();
            System.out.println(label + ": no error");
        } catch (AssertionError e) {
            System.out.println(label + ": AssertionError message=" + e.getMessage()
                + " cause=" + (e.getCause() == null ? "null" : e.getCause().getClass().getSimpleName() + ":" + e.getCause().getMessage()));
        }
    }

    public static void main(String[] args) {
        System.out.println("AssertsOn desired " + AssertsOn.class.desiredAssertionStatus());
        System.out.println("Quiet desired " + Quiet.class.desiredAssertionStatus());
        System.out.println("Loud desired " + Loud.class.desiredAssertionStatus());
        System.out.println("String desired " + String.class.desiredAssertionStatus());
        System.out.println(Quiet.check());
        System.out.println(Loud.check(5));
        System.out.println(Loud.check(-3));
        assert touch();
        assert touch() : "unused";
        System.out.println("side effects " + sideEffects);
        fire("bare", () -> {
            assert false;
        });
        fire("string", () -> {
            assert 1 > 2 : "one is not greater";
        });
        fire("int", () -> {
            assert false : 42;
        });
        fire("long", () -> {
            assert false : 1L << 40;
        });
        fire("char", () -> {
            assert false : 'c';
        });
        fire("double", () -> {
            assert false : 0.1 + 0.2;
        });
        fire("float", () -> {
            assert false : 1.5f;
        });
        fire("boolean", () -> {
            assert false : true;
        });
        fire("object", () -> {
            assert false : new Point();
        });
        fire("null", () -> {
            assert false : null;
        });
        fire("throwable", () -> {
            assert false : new IllegalStateException("root cause");
        });
        int[] count = {0};
        fire("message evaluated only on failure", () -> {
            assert true : count[0]++;
            assert false : "count=" + (++count[0]);
        });
        System.out.println("count " + count[0]);
        fire("explicit", () -> {
            throw new AssertionError("explicit", new RuntimeException("inner"));
        });
        AssertionError e = new AssertionError(7);
        System.out.println("constructed message " + e.getMessage() + " is Error " + (e instanceof Error));
        try {
            assert sideEffects < 0 : "sideEffects=" + sideEffects;
        } catch (AssertionError ae) {
            System.out.println("caught in main: " + ae.getMessage() + " toString " + ae);
        }
    }
}
