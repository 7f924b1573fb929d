public class RethrowPatterns {
    static StringBuilder log = new StringBuilder();

    static void failing(int mode) throws Exception {
        if (mode == 1) throw new IllegalStateException("state");
        if (mode == 2) throw new Exception("checked");
        log.append("ok ");
    }

    static void rethrowSame(int mode) throws Exception {
        try {
            failing(mode);
        } catch (Exception e) {
            log.append("logged(").append(e.getMessage()).append(") ");
            throw e;
        }
    }

    static void wrapUnchecked(int mode) {
        try {
            failing(mode);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new RuntimeException("wrapped: " + e.getMessage(), e);
        }
    }

    static int retry(int failures) {
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                if (attempts <= failures) throw new IllegalStateException("attempt " + attempts);
                return attempts;
            } catch (IllegalStateException e) {
                log.append("retry-after(").append(e.getMessage()).append(") ");
                if (attempts >= 5) throw e;
            }
        }
    }

    static String cleanupOrder() {
        StringBuilder sb = new StringBuilder();
        try {
            try {
                sb.append("open1 ");
                try {
                    sb.append("open2 ");
                    throw new RuntimeException("work failed");
                } finally {
                    sb.append("close2 ");
                }
            } finally {
                sb.append("close1 ");
            }
        } catch (RuntimeException e) {
            sb.append("handled(").append(e.getMessage()).append(")");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        for (int m = 0; m <= 2; m++) {
            try {
                rethrowSame(m);
            } catch (Exception e) {
                log.append("main-caught(").append(e.getClass().getSimpleName()).append(") ");
            }
            System.out.println("rethrowSame(" + m + "): " + log.toString().trim());
            log.setLength(0);
        }
        for (int m = 0; m <= 2; m++) {
            try {
                wrapUnchecked(m);
                System.out.println("wrapUnchecked(" + m + "): " + log.toString().trim());
            } catch (RuntimeException e) {
                System.out.println("wrapUnchecked(" + m + "): " + e.getMessage() + " cause=" + (e.getCause() == null ? "none" : e.getCause().getClass().getSimpleName()));
            }
            log.setLength(0);
        }
        System.out.println("retry(2) = " + retry(2) + " " + log.toString().trim());
        log.setLength(0);
        try {
            retry(10);
        } catch (IllegalStateException e) {
            System.out.println("retry(10) gave up: " + e.getMessage() + " " + log.toString().trim());
        }
        System.out.println(cleanupOrder());
    }
}
