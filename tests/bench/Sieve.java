/** Sieve of Eratosthenes, repeated: tight loops over int and boolean arrays. */
public class Sieve {
    static int countPrimes(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j <= limit; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        return count;
    }

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int[] sums = new int[rounds];
        int count = 0;
        for (int r = 0; r < rounds; r++) {
            count = countPrimes(limit);
            sums[r] = count;
        }
        for (int r = 1; r < rounds; r++) {
            if (sums[r] != sums[0]) {
                throw new AssertionError("rounds disagree");
            }
        }
        // pi(10^k) is known; check the ones the sizes use.
        if (limit == 2_000_000 && count != 148933) {
            throw new AssertionError("pi(2000000) = " + count);
        }
        System.out.println("primes up to " + limit + ": " + count);
    }
}
