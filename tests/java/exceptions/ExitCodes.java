public class ExitCodes {
    static int depth(int n) {
        if (n == 0) {
            System.out.println("exiting from depth with code 42");
            System.exit(42);
        }
        return depth(n - 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println("calling deep exit");
        try {
            depth(20);
        } catch (Throwable t) {
            System.out.println("not caught: exit is not an exception");
        } finally {
            System.out.println("finally not run");
        }
    }
}
