public class EarlyReturns {
    static int indexOf(int[] arr, int target) {
        for (int i = 0; i < arr.length; i++) {
            if (arr[i] == target) return i;
        }
        return -1;
    }

    static boolean isPrime(int n) {
        if (n < 2) return false;
        if (n < 4) return true;
        if (n % 2 == 0) return false;
        for (int d = 3; (long) d * d <= n; d += 2) {
            if (n % d == 0) return false;
        }
        return true;
    }

    static String firstWordLongerThan(String[] words, int len) {
        for (String w : words) {
            if (w.length() > len) {
                return w;
            }
        }
        return null;
    }

    static int[] findPair(int[] arr, int sum) {
        for (int i = 0; i < arr.length; i++) {
            for (int j = i + 1; j < arr.length; j++) {
                if (arr[i] + arr[j] == sum) return new int[] {i, j};
            }
        }
        return new int[0];
    }

    static long returnLong(int mode) {
        while (true) {
            switch (mode) {
                case 0: return 1L << 40;
                case 1: return -1L;
                default: mode--;
            }
        }
    }

    static double returnDouble(boolean b) {
        do {
            if (b) return 0.5;
        } while (false);
        return -0.5;
    }

    static float returnFloat(int n) {
        for (int i = 0; ; i++) {
            if (i * i >= n) return i / 2f;
        }
    }

    static char returnChar(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (Character.isDigit(c)) return c;
        }
        return '?';
    }

    static void voidReturn(int n, StringBuilder out) {
        if (n < 0) {
            out.append("negative;");
            return;
        }
        for (int i = 0; i < n; i++) {
            if (i == 3) {
                out.append("stop at 3;");
                return;
            }
            out.append(i).append(';');
        }
        out.append("completed;");
    }

    public static void main(String[] args) {
        int[] arr = {5, 3, 9, 1, 7, 3};
        System.out.println(indexOf(arr, 3) + " " + indexOf(arr, 7) + " " + indexOf(arr, 42));
        StringBuilder primes = new StringBuilder();
        for (int i = -2; i < 60; i++) if (isPrime(i)) primes.append(i).append(' ');
        System.out.println(primes.toString().trim());
        System.out.println(isPrime(2147483647));
        String[] words = {"a", "bb", "ccc", "dddd", "eeeee"};
        System.out.println(firstWordLongerThan(words, 2));
        System.out.println(firstWordLongerThan(words, 10));
        int[] p = findPair(arr, 16);
        System.out.println(p.length + ": " + p[0] + "," + p[1]);
        System.out.println(findPair(arr, 100).length);
        System.out.println(returnLong(0) + " " + returnLong(1) + " " + returnLong(5));
        System.out.println(returnDouble(true) + " " + returnDouble(false));
        System.out.println(returnFloat(10) + " " + returnFloat(0));
        System.out.println(returnChar("abc7def") + " " + returnChar("none"));
        StringBuilder out = new StringBuilder();
        voidReturn(-1, out);
        voidReturn(2, out);
        voidReturn(10, out);
        System.out.println(out);
    }
}
