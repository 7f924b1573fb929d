public class StackOverflowCatch {
    static int depth = 0;

    static void recurse() {
        depth++;
        recurse();
    }

    static long recurseWithLocals(long a, long b, double c) {
        long x = a + b;
        double y = c * 2;
        return recurseWithLocals(x, b + 1, y) + 1;
    }

    static class Node {
        Node next;

        public String toString() {
            return "Node->" + next;
        }
    }

    public static void main(String[] args) {
        try {
            recurse();
        } catch (StackOverflowError e) {
            System.out.println("caught StackOverflowError: " + e.getClass().getName());
            System.out.println("depth was positive: " + (depth > 1000));
        }
        depth = 0;
        try {
            recurseWithLocals(1, 2, 3.0);
        } catch (StackOverflowError e) {
            System.out.println("caught again with wide frames");
        }
        Node a = new Node();
        Node b = new Node();
        a.next = b;
        b.next = a;
        try {
            System.out.println(a.toString());
        } catch (StackOverflowError e) {
            System.out.println("cyclic toString overflowed");
        }
        // the program can continue normally
        int sum = 0;
        for (int i = 0; i < 100; i++) sum += i;
        System.out.println("sum after recovery " + sum);
        try {
            recurse();
        } catch (Error e) {
            System.out.println("caught as Error: " + (e instanceof StackOverflowError) + " " + (e instanceof VirtualMachineError));
        }
        System.out.println("done");
    }
}
