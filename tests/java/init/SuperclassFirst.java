public class SuperclassFirst {
    static int log(String s) {
        System.out.println("  init: " + s);
        return s.length();
    }

    static class GrandParent {
        static int g = log("GrandParent.g");
        static {
            log("GrandParent static block");
        }
    }

    static class Parent extends GrandParent {
        static int p = log("Parent.p");
        static {
            log("Parent static block");
        }
        int instanceField = log("Parent instance field");
    }

    static class Child extends Parent {
        static int c1 = log("Child.c1");
        static {
            log("Child static block 1");
        }
        static int c2 = log("Child.c2");
        static {
            log("Child static block 2");
        }

        Child() {
            log("Child constructor");
        }

        static void hello() {
            log("Child.hello");
        }
    }

    static class Sibling extends Parent {
        static {
            log("Sibling static block");
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("creating first Child:");
        new Child();
        System.out.println("creating second Child:");
        new Child();
        System.out.println("calling Child.hello():");
        Child.hello();
        System.out.println("creating Sibling (Parent already initialized):");
        new Sibling();
        System.out.println("values: " + GrandParent.g + " " + Parent.p + " " + Child.c1 + " " + Child.c2);
        System.out.println("main ends");
    }
}
