public class PrivateNotOverridden {
    static class Base {
        private String secret() {
            return "Base.secret";
        }

        String reveal() {
            return secret();
        }

        private static String staticSecret() {
            return "Base.staticSecret";
        }

        String revealStatic() {
            return staticSecret();
        }

        final String finalMethod() {
            return "Base.finalMethod -> " + template();
        }

        String template() {
            return "Base.template";
        }
    }

    static class Sub extends Base {
        // a new method, not an override
        String secret() {
            return "Sub.secret";
        }

        static String staticSecret() {
            return "Sub.staticSecret";
        }

        String template() {
            return "Sub.template";
        }
    }

    static class SubSub extends Sub {
        String secret() {
            return "SubSub.secret overrides Sub.secret";
        }
    }

    public static void main(String[] args) {
        Base b = new Sub();
        System.out.println(b.reveal());
        System.out.println(((Sub) b).secret());
        System.out.println(b.revealStatic());
        System.out.println(b.finalMethod());
        Sub ss = new SubSub();
        System.out.println(ss.secret());
        System.out.println(ss.reveal());
        Base[] all = {new Base(), new Sub(), new SubSub()};
        for (Base x : all) {
            System.out.println(x.getClass().getSimpleName() + ": " + x.reveal() + " | " + x.finalMethod());
        }
    }
}
