public class StaticInterfaceMethods {
    interface MathOps {
        int apply(int a, int b);

        static int applyTwice(MathOps op, int a, int b) {
            return op.apply(op.apply(a, b), b);
        }

        static MathOps adder() {
            return new MathOps() {
                public int apply(int a, int b) {
                    return a + b;
                }
            };
        }

        static MathOps multiplier() {
            return new MathOps() {
                public int apply(int a, int b) {
                    return a * b;
                }
            };
        }

        default MathOps andThenNegate() {
            final MathOps self = this;
            return new MathOps() {
                public int apply(int a, int b) {
                    return -self.apply(a, b);
                }
            };
        }
    }

    interface Validator {
        boolean valid(String s);

        static boolean allValid(Validator v, String... items) {
            for (String s : items) {
                if (!v.valid(s)) return false;
            }
            return true;
        }

        static String describe(boolean b) {
            return b ? "valid" : "invalid";
        }

        private String privateHelper() {
            return "private interface method";
        }

        default String helperDemo() {
            return privateHelper();
        }
    }

    static class NonEmpty implements Validator {
        public boolean valid(String s) {
            return s != null && !s.isEmpty();
        }
    }

    public static void main(String[] args) {
        MathOps add = MathOps.adder();
        MathOps mul = MathOps.multiplier();
        System.out.println(add.apply(3, 4) + " " + mul.apply(3, 4));
        System.out.println(MathOps.applyTwice(add, 3, 4) + " " + MathOps.applyTwice(mul, 3, 4));
        System.out.println(add.andThenNegate().apply(5, 6) + " " + mul.andThenNegate().andThenNegate().apply(5, 6));
        Validator v = new NonEmpty();
        System.out.println(Validator.describe(Validator.allValid(v, "a", "b", "c")));
        System.out.println(Validator.describe(Validator.allValid(v, "a", "", "c")));
        System.out.println(Validator.describe(Validator.allValid(v)));
        System.out.println(v.helperDemo());
    }
}
