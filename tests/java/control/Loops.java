public class Loops {
    public static void main(String[] args) {
        // while
        int n = 27;
        int steps = 0;
        StringBuilder path = new StringBuilder();
        while (n != 1) {
            if (n % 2 == 0) n /= 2;
            else n = 3 * n + 1;
            steps++;
            if (steps <= 20) path.append(n).append(' ');
        }
        System.out.println("collatz(27) steps = " + steps);
        System.out.println("first values: " + path);
        // do-while runs at least once
        int k = 100;
        int runs = 0;
        do {
            runs++;
            k++;
        } while (k < 50);
        System.out.println("do-while runs = " + runs + ", k = " + k);
        // digits with do-while
        int num = 9075;
        StringBuilder digits = new StringBuilder();
        do {
            digits.insert(0, num % 10).insert(0, '[');
            digits.insert(2, ']');
            num /= 10;
        } while (num > 0);
        System.out.println("digits: " + digits);
        // for with multiple variables
        for (int i = 0, j = 10; i < j; i += 2, j--) {
            System.out.println("i=" + i + " j=" + j);
        }
        // nested for: multiplication table
        for (int i = 1; i <= 9; i++) {
            StringBuilder row = new StringBuilder();
            for (int j = 1; j <= 9; j++) {
                String cell = Integer.toString(i * j);
                for (int pad = cell.length(); pad < 3; pad++) row.append(' ');
                row.append(cell);
            }
            System.out.println(row);
        }
        // for with no body parts
        int count = 0;
        for (;;) {
            if (++count >= 5) break;
        }
        System.out.println("infinite loop broke at " + count);
        // countdown
        StringBuilder cd = new StringBuilder();
        for (int i = 10; i >= 0; i -= 3) cd.append(i).append(' ');
        System.out.println("countdown: " + cd);
        // long loop variable
        long total = 0;
        for (long i = 1; i <= 100000; i *= 10) {
            total += i;
        }
        System.out.println("total = " + total);
        // loop over chars
        int upper = 0;
        String text = "Hello World From Java";
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) upper++;
        }
        System.out.println("uppercase letters = " + upper);
        // enhanced for over array
        int[] arr = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
        int sum = 0, max = Integer.MIN_VALUE;
        for (int v : arr) {
            sum += v;
            if (v > max) max = v;
        }
        System.out.println("sum = " + sum + ", max = " + max);
        // continue
        StringBuilder odds = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i % 2 == 0) continue;
            odds.append(i).append(',');
        }
        System.out.println("odds: " + odds);
        // while with break on condition computed in body
        int a = 0, b = 1;
        while (true) {
            int c = a + b;
            a = b;
            b = c;
            if (b > 1000) break;
        }
        System.out.println("first fib > 1000 = " + b);
        // nested while
        int i = 0, pairs = 0;
        while (i < 5) {
            int j = i;
            while (j < 5) {
                pairs++;
                j++;
            }
            i++;
        }
        System.out.println("pairs = " + pairs);
        // loop variable shadow/scope
        int last = -1;
        for (int q = 0; q < 3; q++) last = q;
        for (int q = 10; q < 13; q++) last += q;
        System.out.println("last = " + last);
        // GCD
        int x = 1071, y = 462;
        while (y != 0) {
            int t = y;
            y = x % y;
            x = t;
        }
        System.out.println("gcd(1071, 462) = " + x);
        // sum of primes below 200 with nested loop
        int primeSum = 0;
        outer:
        for (int p = 2; p < 200; p++) {
            for (int d = 2; d * d <= p; d++) {
                if (p % d == 0) continue outer;
            }
            primeSum += p;
        }
        System.out.println("sum of primes < 200 = " + primeSum);
    }
}
