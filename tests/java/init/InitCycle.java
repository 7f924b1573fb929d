public class InitCycle {
    static class A {
        static int a1 = 1;
        static int fromB = B.b1 + 10;
        static int a2 = 2;
        static {
            System.out.println("A static block: a1=" + a1 + " fromB=" + fromB + " a2=" + a2);
        }
    }

    static class B {
        static int b1 = 100;
        static int fromA = A.a2 + 1000; // A is being initialized: sees default 0 for a2
        static int fromA1 = A.a1;
        static {
            System.out.println("B static block: b1=" + b1 + " fromA=" + fromA + " fromA1=" + fromA1);
        }
    }

    static class SelfRef {
        static final SelfRef INSTANCE = new SelfRef();
        static int counter = 5;
        final int seen;

        SelfRef() {
            seen = counter; // counter not yet initialized
            counter++;
        }
    }

    static class P {
        static {
            System.out.println("P static block starts, Q.q = " + Q.q);
        }
        static int p = 7;
    }

    static class Q extends P {
        static int q = 3;
        static {
            System.out.println("Q static block, P.p = " + P.p);
        }
    }

    public static void main(String[] args) {
        System.out.println("touching A:");
        System.out.println("A.fromB = " + A.fromB);
        System.out.println("B.fromA = " + B.fromA);
        System.out.println("A again: " + A.a1 + " " + A.a2);
        System.out.println("SelfRef.INSTANCE.seen = " + SelfRef.INSTANCE.seen + ", counter = " + SelfRef.counter);
        System.out.println("touching Q (superclass P reads Q.q before Q is initialized):");
        System.out.println("Q.q = " + Q.q);
    }
}
