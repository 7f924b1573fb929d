public class ExitInFinally {
    public static void main(String[] args) {
        System.out.println("start");
        try {
            System.out.println("in try, calling System.exit(3)");
            System.exit(3);
            System.out.println("after exit (never)");
        } finally {
            System.out.println("finally (must not run)");
        }
        System.out.println("end (never)");
    }
}
