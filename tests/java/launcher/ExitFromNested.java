public class ExitFromNested {
    static void deep(int n) {
        if (n == 0) {
            System.out.println("exiting with 7");
            System.exit(7);
        }
        try {
            deep(n - 1);
        } finally {
            System.out.println("finally " + n + " must not print");
        }
    }

    public static void main(String[] args) {
        deep(5);
    }
}
