public class InterfaceInit {
    static int log(String s) {
        System.out.println("  [" + s + "]");
        return 1;
    }

    interface NoDefaults {
        int FIELD = log("NoDefaults initialized");
        void m();
    }

    interface WithDefault {
        int FIELD = log("WithDefault initialized");

        default String d() {
            return "default method";
        }
    }

    interface GrandWithDefault {
        int FIELD = log("GrandWithDefault initialized");

        default String g() {
            return "grand default";
        }
    }

    interface ChildOfWithDefault extends GrandWithDefault {
        int CHILD_FIELD = log("ChildOfWithDefault initialized");
    }

    interface SecondDefault {
        int FIELD = log("SecondDefault initialized");

        default int two() {
            return 2;
        }
    }

    interface ThirdDefault {
        int FIELD = log("ThirdDefault initialized");

        default int three() {
            return 3;
        }
    }

    interface Constant {
        int CONSTANT = 99;
        int NON_CONSTANT = log("Constant initialized");
    }

    interface NoDefaults2 {
        int FIELD = log("NoDefaults2 initialized");
        void m2();
    }

    interface WithStatic {
        int FIELD = log("WithStatic initialized");

        static String s() {
            return "static interface method";
        }
    }

    static class ImplNoDefaults implements NoDefaults {
        static { log("ImplNoDefaults initialized"); }
        public void m() {}
    }

    static class ImplWithDefault implements WithDefault {
        static { log("ImplWithDefault initialized"); }
    }

    static class ImplChild implements ChildOfWithDefault {
        static { log("ImplChild initialized"); }
    }

    static class Base {
        static { log("Base initialized"); }
    }

    static class Derived extends Base implements ThirdDefault, NoDefaults2, SecondDefault {
        public void m2() {}
        static { log("Derived initialized"); }
    }

    public static void main(String[] args) {
        System.out.println("new ImplNoDefaults (interface without defaults is not initialized):");
        new ImplNoDefaults().m();
        System.out.println("reading NoDefaults.FIELD:");
        System.out.println("  " + NoDefaults.FIELD);
        System.out.println("new ImplWithDefault (interface with default method is initialized first):");
        System.out.println("  " + new ImplWithDefault().d());
        System.out.println("new ImplChild (superinterface with default initialized, child interface without defaults not):");
        System.out.println("  " + new ImplChild().g());
        System.out.println("reading ChildOfWithDefault.CHILD_FIELD:");
        System.out.println("  " + ChildOfWithDefault.CHILD_FIELD);
        System.out.println("constant of interface does not initialize:");
        System.out.println("  " + Constant.CONSTANT);
        System.out.println("non-constant field does:");
        System.out.println("  " + Constant.NON_CONSTANT);
        System.out.println("static interface method initializes:");
        System.out.println("  " + WithStatic.s());
        System.out.println("new Derived (superclass, then superinterfaces with defaults in declaration order, then the class):");
        Derived d = new Derived();
        System.out.println("  " + d.two() + d.three());
        System.out.println("done");
    }
}
