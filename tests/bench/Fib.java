/** Recursive Fibonacci: method calls and integer arithmetic. */
public class Fib {
    static int fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int result = fib(n);
        int a = 0, b = 1;
        for (int i = 0; i < n; i++) {
            int t = a + b;
            a = b;
            b = t;
        }
        if (result != a) {
            throw new AssertionError("fib(" + n + ") = " + result + ", expected " + a);
        }
        System.out.println("fib(" + n + ") = " + result);
    }
}
