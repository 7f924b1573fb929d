public class FinallyReturn {
    @SuppressWarnings("finally")
    static int finallyOverridesReturn() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    @SuppressWarnings("finally")
    static int finallySwallowsException() {
        try {
            throw new RuntimeException("swallowed");
        } finally {
            return 3;
        }
    }

    static int returnValueCapturedBeforeFinally() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
        }
    }

    static StringBuilder mutableCaptured() {
        StringBuilder sb = new StringBuilder("a");
        try {
            return sb;
        } finally {
            sb.append("b");
        }
    }

    @SuppressWarnings("finally")
    static String catchReturnOverridden() {
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            return "from catch";
        } finally {
            return "from finally";
        }
    }

    static String catchReturnKept() {
        String s = "initial";
        try {
            throw new IllegalStateException();
        } catch (IllegalStateException e) {
            s = "catch";
            return s;
        } finally {
            s = "finally";
        }
    }

    static long longReturn() {
        long v = 5;
        try {
            v *= 1_000_000_000L;
            return v;
        } finally {
            v = -1;
        }
    }

    static double doubleReturn() {
        try {
            return 1.5;
        } finally {
            System.out.println("  finally in doubleReturn runs");
        }
    }

    static int nestedFinally() {
        int x = 0;
        try {
            try {
                x += 1;
                return x;
            } finally {
                x += 10;
                System.out.println("  inner finally x=" + x);
            }
        } finally {
            x += 100;
            System.out.println("  outer finally x=" + x);
        }
    }

    @SuppressWarnings("finally")
    static int breakInFinally() {
        int i = 0;
        while (true) {
            try {
                i++;
                return i;
            } finally {
                if (i < 3) continue;
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("finallyOverridesReturn = " + finallyOverridesReturn());
        System.out.println("finallySwallowsException = " + finallySwallowsException());
        System.out.println("returnValueCapturedBeforeFinally = " + returnValueCapturedBeforeFinally());
        System.out.println("mutableCaptured = " + mutableCaptured());
        System.out.println("catchReturnOverridden = " + catchReturnOverridden());
        System.out.println("catchReturnKept = " + catchReturnKept());
        System.out.println("longReturn = " + longReturn());
        System.out.println("doubleReturn = " + doubleReturn());
        System.out.println("nestedFinally = " + nestedFinally());
        System.out.println("breakInFinally = " + breakInFinally());
    }
}
