// Checks try-with-resources: close order of multiple resources (reverse of
// declaration), exceptions thrown from the body and from close (suppressed
// exceptions via getSuppressed, in order), a resource whose constructor
// throws (earlier ones still closed), null resources (skipped), Java 9
// effectively-final resource variables, addSuppressed by hand (self
// suppression and null rejected), and catch/finally ordering.
public class TryWithResources {
    static final StringBuilder log = new StringBuilder();

    static final class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        Res(String name, boolean failClose) {
            this.name = name;
            this.failClose = failClose;
            log.append("open ").append(name).append("; ");
        }

        Res(String name) {
            this(name, false);
        }

        @Override
        public void close() throws Exception {
            log.append("close ").append(name).append("; ");
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static Res failingOpen(String name) {
        log.append("attempt ").append(name).append("; ");
        throw new IllegalArgumentException("cannot open " + name);
    }

    static void report(String label, Throwable t) {
        System.out.println(label + ": log = " + log);
        log.setLength(0);
        if (t == null) {
            System.out.println("  no exception");
            return;
        }
        System.out.println("  caught " + t.getClass().getSimpleName() + ": " + t.getMessage());
        Throwable[] sup = t.getSuppressed();
        System.out.println("  suppressed " + sup.length);
        for (Throwable s : sup) {
            System.out.println("    " + s.getClass().getSimpleName() + ": " + s.getMessage() + " (nested " + s.getSuppressed().length + ")");
        }
    }

    public static void main(String[] args) {
        Throwable caught = null;
        try (Res a = new Res("A"); Res b = new Res("B"); Res c = new Res("C")) {
            log.append("body; ");
        } catch (Exception e) {
            caught = e;
        }
        report("three resources", caught);

        caught = null;
        try (Res a = new Res("A"); Res b = new Res("B")) {
            log.append("body; ");
            throw new RuntimeException("body failed");
        } catch (Exception e) {
            caught = e;
        }
        report("body throws", caught);

        caught = null;
        try (Res a = new Res("A", true); Res b = new Res("B", true)) {
            log.append("body; ");
            throw new RuntimeException("body failed");
        } catch (Exception e) {
            caught = e;
        }
        report("body and both closes throw", caught);

        caught = null;
        try (Res a = new Res("A", true); Res b = new Res("B"); Res c = new Res("C", true)) {
            log.append("body; ");
        } catch (Exception e) {
            caught = e;
        }
        report("only closes throw", caught);

        caught = null;
        try (Res a = new Res("A"); Res b = failingOpen("B"); Res c = new Res("C")) {
            log.append("body; ");
        } catch (Exception e) {
            caught = e;
        }
        report("second open throws", caught);

        caught = null;
        try (Res a = null; Res b = new Res("B"); Res c = null) {
            log.append("body a=").append(a).append("; ");
        } catch (Exception e) {
            caught = e;
        }
        report("null resources", caught);

        caught = null;
        Res outer = new Res("outer");
        Res outer2 = new Res("outer2", true);
        try (outer; outer2) {
            log.append("body; ");
        } catch (Exception e) {
            caught = e;
        }
        report("effectively final variables", caught);

        caught = null;
        try {
            try (Res a = new Res("A", true)) {
                log.append("body; ");
                throw new Error("fatal body");
            } finally {
                log.append("inner finally; ");
            }
        } catch (Throwable t) {
            caught = t;
        }
        report("error in body with finally", caught);

        caught = null;
        try (AutoCloseable lambda = () -> log.append("lambda close; ")) {
            log.append("body; ");
        } catch (Exception e) {
            caught = e;
        }
        report("lambda resource", caught);

        caught = null;
        try {
            try (Res a = new Res("A")) {
                try (Res b = new Res("B", true)) {
                    log.append("inner body; ");
                }
                log.append("not reached; ");
            }
        } catch (Exception e) {
            caught = e;
        }
        report("nested try-with-resources", caught);

        int r = returnsFromTry();
        System.out.println("return value " + r + " log = " + log);
        log.setLength(0);

        Exception primary = new Exception("primary");
        primary.addSuppressed(new RuntimeException("first"));
        primary.addSuppressed(new IllegalStateException("second"));
        report("manual addSuppressed", primary);
        try {
            primary.addSuppressed(primary);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: " + e.getMessage());
        }
        try {
            primary.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
        Exception noSuppress = new Exception("quiet", null, false, true) {};
        noSuppress.addSuppressed(new RuntimeException("dropped"));
        System.out.println("suppression disabled count " + noSuppress.getSuppressed().length);
    }

    static int returnsFromTry() {
        try (Res a = new Res("R")) {
            log.append("returning; ");
            return 42;
        } catch (Exception e) {
            return -1;
        } finally {
            log.append("finally; ");
        }
    }
}
