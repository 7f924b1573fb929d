public class ExceptionUnwinding {
    static int frames = 0;

    static int descend(int n) {
        frames++;
        try {
            if (n == 0) throw new ArithmeticException("bottom reached");
            return descend(n - 1) + 1;
        } finally {
            frames--;
        }
    }

    static long sumUntilFailure(long[] values) {
        long sum = 0;
        int i = 0;
        try {
            while (true) {
                sum += 100 / values[i++];
            }
        } catch (ArithmeticException e) {
            System.out.println("  division failed at index " + (i - 1));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("  ran off the end");
        }
        return sum;
    }

    static int parseAll(String[] items) {
        int ok = 0, bad = 0;
        for (String s : items) {
            try {
                Integer.parseInt(s);
                ok++;
            } catch (NumberFormatException e) {
                bad++;
            }
        }
        return ok * 100 + bad;
    }

    public static void main(String[] args) {
        try {
            descend(50);
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage() + ", frames after unwinding = " + frames);
        }
        System.out.println(sumUntilFailure(new long[] {1, 2, 5, 0, 10}));
        System.out.println(sumUntilFailure(new long[] {3, 7}));
        System.out.println(parseAll(new String[] {"1", "x", "22", "", "-3", "4.5", "0"}));
        // exception inside a constructor leaves the object unreachable
        int built = 0;
        for (int i = 0; i < 5; i++) {
            try {
                new Picky(i);
                built++;
            } catch (IllegalArgumentException e) {
                System.out.println("  " + e.getMessage());
            }
        }
        System.out.println("built " + built + " of 5, counter " + Picky.constructed);
        // many exceptions in a loop
        int count = 0;
        for (int i = 0; i < 2000; i++) {
            try {
                if (i % 3 == 0) throw new RuntimeException();
            } catch (RuntimeException e) {
                count++;
            }
        }
        System.out.println("exceptions thrown in loop " + count);
    }

    static class Picky {
        static int constructed = 0;

        Picky(int v) {
            if (v % 2 == 1) throw new IllegalArgumentException("odd value " + v + " rejected");
            constructed++;
        }
    }
}
