public class MultiCatch {
    static void risky(int n) throws Exception {
        switch (n) {
            case 0: throw new IllegalArgumentException("bad arg");
            case 1: throw new ArithmeticException("bad math");
            case 2: throw new CloneNotSupportedException("no clone");
            case 3: throw new UnsupportedOperationException("unsupported");
            case 4: throw new Exception("plain");
            case 5: {
                int[] a = new int[1];
                a[n] = 1;
            }
            default: System.out.println("  risky(" + n + ") ok");
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 6; i++) {
            try {
                risky(i);
            } catch (IllegalArgumentException | ArithmeticException e) {
                System.out.println(i + ": multi-catch A " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (CloneNotSupportedException | UnsupportedOperationException e) {
                System.out.println(i + ": multi-catch B " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println(i + ": runtime " + e.getClass().getSimpleName() + " " + e.getMessage());
            } catch (Exception e) {
                System.out.println(i + ": exception " + e.getMessage());
            }
        }
        // rethrow of a multi-catch parameter keeps precise types
        try {
            try {
                risky(1);
            } catch (IllegalArgumentException | ArithmeticException e) {
                System.out.println("rethrowing " + e.getClass().getName());
                throw e;
            }
        } catch (ArithmeticException e) {
            System.out.println("outer caught ArithmeticException: " + e.getMessage());
        } catch (Exception e) {
            System.out.println("outer caught other");
        }
    }
}
