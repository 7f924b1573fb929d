// Checks try/finally ordering and try-with-resources: resources close in
// reverse order after the body and before catch/finally, exceptions from
// close() are added as suppressed to the body's exception (or become the
// primary one), a null resource is skipped, effectively-final resources
// declared outside the try (Java 9 form), failure while opening the second
// resource closes the first, finally overriding returns, and return values
// computed before finally runs.
import java.util.*;

public class TryResources {
    static final List<String> LOG = new ArrayList<>();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failOnClose;
        Res(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            LOG.add("open " + name);
        }
        Res(String name) { this(name, false); }
        void use() { LOG.add("use " + name); }
        @Override public void close() {
            LOG.add("close " + name);
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static Res failingOpen(String name) {
        LOG.add("attempt open " + name);
        throw new RuntimeException("cannot open " + name);
    }

    static void flush(String title) {
        System.out.println(title + ": " + String.join(", ", LOG));
        LOG.clear();
    }

    static void report(Throwable t) {
        StringBuilder sb = new StringBuilder("  caught " + t);
        for (Throwable s : t.getSuppressed()) sb.append(" | suppressed ").append(s);
        if (t.getCause() != null) sb.append(" | cause ").append(t.getCause());
        System.out.println(sb);
    }

    static int returnInFinally() {
        try {
            LOG.add("try returns 1");
            return 1;
        } finally {
            LOG.add("finally returns 2");
            return 2;   // overrides
        }
    }

    static int valueBeforeFinally() {
        int x = 10;
        try {
            return x;          // value 10 saved before finally
        } finally {
            x = 20;
            LOG.add("finally set x=" + x);
        }
    }

    static String finallySwallows() {
        try {
            throw new RuntimeException("lost");
        } finally {
            return "finally won over exception";
        }
    }

    static StringBuilder mutateInFinally() {
        StringBuilder sb = new StringBuilder("body");
        try {
            return sb;
        } finally {
            sb.append("+finally");   // the returned object is mutated
        }
    }

    public static void main(String[] args) {
        try (Res a = new Res("A"); Res b = new Res("B"); Res c = new Res("C")) {
            a.use();
            c.use();
        }
        flush("normal");

        try (Res a = new Res("A"); Res b = new Res("B")) {
            b.use();
            throw new RuntimeException("body failed");
        } catch (RuntimeException e) {
            LOG.add("catch " + e.getMessage());
        } finally {
            LOG.add("finally");
        }
        flush("body throws");

        try (Res a = new Res("A", true); Res b = new Res("B", true)) {
            throw new RuntimeException("primary");
        } catch (RuntimeException e) {
            report(e);
        }
        flush("body and both closes throw");

        try (Res a = new Res("A", true); Res b = new Res("B")) {
            a.use();
        } catch (IllegalStateException e) {
            report(e);
        }
        flush("only close throws");

        try (Res a = new Res("A", true); Res b = new Res("B", true)) {
            a.use();
        } catch (IllegalStateException e) {
            report(e);
        }
        flush("both closes throw, no body exception");

        try (Res a = new Res("A"); Res nothing = null; Res b = new Res("B")) {
            LOG.add("body with null resource " + (nothing == null));
        }
        flush("null resource");

        Res outside = new Res("OUT");
        try (outside) {
            outside.use();
        }
        flush("resource declared outside");

        try (Res a = new Res("A"); Res b = failingOpen("B"); Res c = new Res("C")) {
            LOG.add("body never runs");
        } catch (RuntimeException e) {
            report(e);
        }
        flush("second open fails");

        try (AutoCloseable lambdaRes = () -> LOG.add("lambda close")) {
            LOG.add("body with lambda resource");
        } catch (Exception e) {
            report(e);
        }
        flush("lambda AutoCloseable");

        try {
            try (Res a = new Res("A", true)) {
                throw new Error("fatal-ish");
            } finally {
                LOG.add("inner finally");
            }
        } catch (Error e) {
            report(e);
            LOG.add("outer catch");
        }
        flush("Error with suppressed close exception");

        System.out.println("returnInFinally = " + returnInFinally());
        System.out.println("valueBeforeFinally = " + valueBeforeFinally());
        flush("finally log");
        System.out.println(finallySwallows());
        System.out.println("mutateInFinally = " + mutateInFinally());

        // nested try/finally ordering with break and continue
        for (int i = 0; i < 3; i++) {
            try {
                try {
                    if (i == 0) continue;
                    if (i == 2) break;
                    LOG.add("body " + i);
                } finally {
                    LOG.add("inner finally " + i);
                }
            } finally {
                LOG.add("outer finally " + i);
            }
        }
        flush("loop control through finally");

        Throwable t = new Exception("manual");
        t.addSuppressed(new RuntimeException("s1"));
        t.addSuppressed(new RuntimeException("s2"));
        report(t);
        try {
            t.addSuppressed(t);
        } catch (IllegalArgumentException e) {
            System.out.println("self-suppression: " + e.getMessage());
        }
        try {
            t.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
    }
}
