public class PrimeSieve {
    public static void main(String[] args) {
        int limit = 200000;
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int i = 2; i <= limit; i++) {
            if (composite[i]) continue;
            count++;
            sum += i;
            last = i;
            for (long j = (long) i * i; j <= limit; j += i) composite[(int) j] = true;
        }
        System.out.println("primes <= " + limit + ": " + count + ", sum " + sum + ", largest " + last);
        StringBuilder sb = new StringBuilder();
        for (int i = 2, shown = 0; shown < 30; i++) {
            if (!composite[i]) {
                sb.append(i).append(' ');
                shown++;
            }
        }
        System.out.println("first 30: " + sb.toString().trim());
        // prime counting at powers of ten
        int[] checkpoints = {10, 100, 1000, 10000, 100000};
        int ci = 0, running = 0;
        for (int i = 2; i <= limit && ci < checkpoints.length; i++) {
            if (!composite[i]) running++;
            if (i == checkpoints[ci]) {
                System.out.println("pi(" + i + ") = " + running);
                ci++;
            }
        }
        // twin primes and gaps
        int twins = 0, maxGap = 0, gapStart = 0, prev = 2;
        for (int i = 3; i <= limit; i++) {
            if (composite[i]) continue;
            if (i - prev == 2) twins++;
            if (i - prev > maxGap) {
                maxGap = i - prev;
                gapStart = prev;
            }
            prev = i;
        }
        System.out.println("twin pairs " + twins + ", max gap " + maxGap + " after " + gapStart);
        // Goldbach for small evens
        for (int n = 4; n <= 40; n += 6) {
            for (int p = 2; p <= n / 2; p++) {
                if (!composite[p] && !composite[n - p]) {
                    System.out.println(n + " = " + p + " + " + (n - p));
                    break;
                }
            }
        }
        // factorization using the sieve
        int[] toFactor = {360, 97, 1001, 65536, 199999, 123456};
        for (int n : toFactor) {
            StringBuilder f = new StringBuilder();
            int x = n;
            for (int p = 2; (long) p * p <= x; p++) {
                if (composite[p]) continue;
                while (x % p == 0) {
                    f.append(p).append('*');
                    x /= p;
                }
            }
            if (x > 1) f.append(x).append('*');
            f.setLength(f.length() - 1);
            System.out.println(n + " = " + f);
        }
    }
}
