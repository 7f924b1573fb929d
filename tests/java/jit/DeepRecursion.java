// Recursion deep enough to overflow the stack, in methods that are already
// compiled (warmed up first; -Xcomp compiles them at once): the
// StackOverflowError is catchable at any depth, monitors held by the
// unwound frames are released, and the thread goes on working.
public class DeepRecursion {
    static int depth;

    static int down(int n) {
        depth++;
        return down(n + 1) + 1;
    }

    static long sum(long n) {
        return n == 0 ? 0 : n + sum(n - 1);
    }

    static final Object lock = new Object();

    static int locked(int n) {
        synchronized (lock) {
            return locked(n + 1) + 1;
        }
    }

    static synchronized int syncMethod(int n) {
        return syncMethod(n + 1) + 1;
    }

    // Catches the error part way down and reports how the catching frame
    // saw it, then recurses again.
    static int catchAt(int n, int limit) {
        try {
            if (n == limit) {
                return down(0);
            }
            return catchAt(n + 1, limit);
        } catch (StackOverflowError e) {
            return n == limit ? -1 : -2;
        }
    }

    static double withDoubles(double a, double b, int n) {
        return withDoubles(a * 1.5, b + a, n + 1) + a;
    }

    public static void main(String[] args) throws Exception {
        // Warm up so the methods are compiled before they overflow.
        long warm = 0;
        for (int i = 0; i < 2000; i++) {
            warm += sum(50);
        }
        System.out.println("warm " + warm);

        for (int round = 0; round < 3; round++) {
            depth = 0;
            try {
                down(0);
                System.out.println("no overflow?");
            } catch (StackOverflowError e) {
                System.out.println("round " + round + ": StackOverflowError, deep " + (depth > 1000));
            }
        }

        try {
            locked(0);
        } catch (StackOverflowError e) {
            System.out.println("synchronized block: StackOverflowError");
        }
        // The monitor was released by every unwound frame.
        System.out.println("lock held after unwinding: " + Thread.holdsLock(lock));

        try {
            syncMethod(0);
        } catch (StackOverflowError e) {
            System.out.println("synchronized method: StackOverflowError");
        }
        System.out.println("class monitor held after unwinding: " + Thread.holdsLock(DeepRecursion.class));

        System.out.println("caught inside: " + catchAt(0, 100));

        try {
            withDoubles(1.0, 2.0, 0);
        } catch (StackOverflowError e) {
            System.out.println("doubles: StackOverflowError");
        }

        System.out.println("after: " + sum(1000));
    }
}
