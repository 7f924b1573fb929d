// Checks that assert statements are disabled by default (no .flags):
// desiredAssertionStatus is false, neither the condition nor the message
// expression is evaluated, and explicitly thrown AssertionErrors still work.
public class AssertsOff {
    static int evaluated = 0;

    static boolean cond() {
        evaluated++;
        return false;
    }

    static String msg() {
        evaluated += 100;
        return "message";
    }

    static class Nested {
        static boolean run() {
            assert cond() : msg();
            return true;
        }
    }

    public static void main(String[] args) {
        System.out.println("desired " + AssertsOff.class.desiredAssertionStatus() + " nested " + Nested.class.desiredAssertionStatus());
        assert cond();
        assert cond() : msg();
        assert false : "never";
        System.out.println("evaluated " + evaluated + " nested ran " + Nested.run() + " evaluated " + evaluated);
        for (int i = 0; i < 3; i++) {
            assert i < 0 : i;
        }
        System.out.println("loop done");
        try {
            throw new AssertionError("thrown explicitly");
        } catch (AssertionError e) {
            System.out.println("explicit: " + e.getMessage());
        }
    }
}
