public class DiamondDefaults {
    interface A {
        default String who() {
            return "A";
        }
    }

    interface B extends A {
        default String who() {
            return "B>" + A.super.who();
        }
    }

    interface C extends A {
        default String who() {
            return "C>" + A.super.who();
        }
    }

    // must resolve the conflict explicitly
    static class D implements B, C {
        public String who() {
            return "D(" + B.super.who() + "," + C.super.who() + ")";
        }
    }

    // B is more specific than A, so B.who is chosen
    static class E implements A, B {
    }

    interface Left {
        default int value() {
            return 1;
        }
    }

    interface Right {
        default int value() {
            return 2;
        }
    }

    static class Both implements Left, Right {
        public int value() {
            return Left.super.value() * 10 + Right.super.value();
        }
    }

    static class Parent {
        public String who() {
            return "Parent";
        }
    }

    // class method wins over interface default
    static class ClassWins extends Parent implements A {
    }

    interface Abstracted extends A {
        String who(); // re-abstracts the default
    }

    static class MustImplement implements Abstracted {
        public String who() {
            return "MustImplement";
        }
    }

    interface F extends B {
    }

    static class G implements F, C {
        public String who() {
            return "G:" + F.super.who();
        }
    }

    public static void main(String[] args) {
        System.out.println(new D().who());
        System.out.println(new E().who());
        System.out.println(new Both().value());
        System.out.println(new ClassWins().who());
        A a = new ClassWins();
        System.out.println(a.who());
        System.out.println(new MustImplement().who());
        System.out.println(new G().who());
        A[] all = {new D(), new E(), new ClassWins(), new MustImplement(), new G(), new A() {}, new C() {}};
        StringBuilder sb = new StringBuilder();
        for (A x : all) sb.append(x.who()).append(" | ");
        System.out.println(sb);
    }
}
