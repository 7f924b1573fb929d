public class Recursion {
    static int fib(int n) {
        if (n < 2) return n;
        return fib(n - 1) + fib(n - 2);
    }

    static long fibMemo(int n, long[] memo) {
        if (n < 2) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = fibMemo(n - 1, memo) + fibMemo(n - 2, memo);
    }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static boolean isEven(int n) {
        if (n == 0) return true;
        return isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        if (n == 0) return false;
        return isEven(n - 1);
    }

    static long factorial(int n) {
        return n <= 1 ? 1 : n * factorial(n - 1);
    }

    static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static long power(long base, int exp) {
        if (exp == 0) return 1;
        long half = power(base, exp / 2);
        return exp % 2 == 0 ? half * half : half * half * base;
    }

    static String reverse(String s) {
        if (s.length() <= 1) return s;
        return reverse(s.substring(1)) + s.charAt(0);
    }

    static boolean palindrome(String s, int lo, int hi) {
        if (lo >= hi) return true;
        if (s.charAt(lo) != s.charAt(hi)) return false;
        return palindrome(s, lo + 1, hi - 1);
    }

    static int sumDigits(long n) {
        return n < 10 ? (int) n : (int) (n % 10) + sumDigits(n / 10);
    }

    static void permutations(String prefix, String rest, StringBuilder out) {
        if (rest.isEmpty()) {
            out.append(prefix).append(' ');
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    static int binomial(int n, int k) {
        if (k == 0 || k == n) return 1;
        return binomial(n - 1, k - 1) + binomial(n - 1, k);
    }

    static double mixedArgs(int depth, long acc, double scale, float f, char c) {
        if (depth == 0) return acc * scale + f + c;
        return mixedArgs(depth - 1, acc + depth, scale * 0.5, f + 0.25f, (char) (c + 1));
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i <= 20; i++) sb.append(fib(i)).append(' ');
        System.out.println("fib: " + sb.toString().trim());
        System.out.println("fib(90) = " + fibMemo(90, new long[91]));
        for (int m = 0; m <= 3; m++) {
            StringBuilder row = new StringBuilder();
            for (int n = 0; n <= 4; n++) row.append(ackermann(m, n)).append(' ');
            System.out.println("ack(" + m + ", 0..4) = " + row.toString().trim());
        }
        System.out.println("isEven(100) = " + isEven(100) + ", isOdd(77) = " + isOdd(77) + ", isEven(7) = " + isEven(7));
        System.out.println("20! = " + factorial(20));
        System.out.println("gcd(1071, 462) = " + gcd(1071, 462) + ", gcd(17, 5) = " + gcd(17, 5));
        System.out.println("3^39 = " + power(3, 39) + ", 2^62 = " + power(2, 62));
        System.out.println(reverse("recursion is fun"));
        String[] ps = {"racecar", "abba", "abc", "a", ""};
        for (String p : ps) System.out.println("\"" + p + "\" palindrome: " + palindrome(p, 0, p.length() - 1));
        System.out.println("sumDigits(9876543210123) = " + sumDigits(9876543210123L));
        StringBuilder perms = new StringBuilder();
        permutations("", "abcd", perms);
        System.out.println(perms.toString().trim());
        for (int n = 0; n <= 8; n++) {
            StringBuilder row = new StringBuilder();
            for (int k = 0; k <= n; k++) row.append(binomial(n, k)).append(' ');
            System.out.println(row.toString().trim());
        }
        System.out.println("mixedArgs = " + mixedArgs(10, 0, 1024.0, 0f, 'a'));
    }
}
