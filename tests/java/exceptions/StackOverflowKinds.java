public class StackOverflowKinds {
    static int depth = 0;

    /** Recursion through string concatenation: each level goes through the VM's concat and back. */
    public String toString() {
        return "x" + this;
    }

    static void plain() {
        depth++;
        plain();
    }

    static long withLocals(long a, long b, long c) {
        return withLocals(a + 1, b, c) + 1;
    }

    public static void main(String[] args) {
        try {
            System.out.println(new StackOverflowKinds().toString());
        } catch (StackOverflowError e) {
            System.out.println("caught SOE via natives");
        }
        try {
            plain();
        } catch (StackOverflowError e) {
            System.out.println("caught SOE plain, depth > 5000: " + (depth > 5000));
        }
        try {
            withLocals(1, 2, 3);
        } catch (StackOverflowError e) {
            System.out.println("caught SOE with locals");
        }
        try {
            plain();
        } catch (StackOverflowError e) {
            System.out.println("caught again");
        }
        System.out.println("done");
    }
}
