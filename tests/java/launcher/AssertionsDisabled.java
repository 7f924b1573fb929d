public class AssertionsDisabled {
    static int checks = 0;

    static boolean count() {
        checks++;
        return true;
    }

    public static void main(String[] args) {
        System.out.println("desired: " + AssertionsDisabled.class.desiredAssertionStatus());
        assert count();
        System.out.println("checks: " + checks);
        try {
            assert args.length > 5 : "need more arguments";
            System.out.println("assertion skipped");
        } catch (AssertionError e) {
            System.out.println("AssertionError: " + e.getMessage());
        }
        try {
            assert false;
        } catch (AssertionError e) {
            System.out.println("bare: " + e.getMessage());
        }
    }
}
