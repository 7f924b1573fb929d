public class InitTriggers {
    static void log(String s) {
        System.out.println("  [" + s + "]");
    }

    static class ByNew {
        static { log("ByNew initialized"); }
    }

    static class ByStaticMethod {
        static { log("ByStaticMethod initialized"); }
        static int m() { return 1; }
    }

    static class ByGetStatic {
        static int value = 42;
        static { log("ByGetStatic initialized"); }
    }

    static class ByPutStatic {
        static int value;
        static { log("ByPutStatic initialized"); }
    }

    static class Constants {
        static final int INT_CONST = 5;
        static final String STR_CONST = "constant";
        static final long LONG_CONST = 1L << 40;
        static final double DOUBLE_CONST = 2.5;
        static final boolean BOOL_CONST = true;
        static final Integer BOXED = 7; // not a compile-time constant
        static final String COMPUTED = "x".concat("y"); // not a constant
        static { log("Constants initialized"); }
    }

    static class ArrayElem {
        static { log("ArrayElem initialized"); }
    }

    static class Super {
        static int inherited = 11;
        static { log("Super initialized"); }
        static int superMethod() { return 12; }
    }

    static class Sub extends Super {
        static int own = 13;
        static { log("Sub initialized"); }
    }

    static class ClassLiteral {
        static { log("ClassLiteral initialized"); }
    }

    static class NullRef {
        static int field = 3;
        static { log("NullRef initialized"); }
        int instanceField;
    }

    static class InstanceOfTarget {
        static { log("InstanceOfTarget initialized"); }
    }

    static class CastTarget {
        static { log("CastTarget initialized"); }
    }

    public static void main(String[] args) {
        System.out.println("1. new:");
        new ByNew();
        new ByNew();
        System.out.println("2. static method:");
        ByStaticMethod.m();
        System.out.println("3. getstatic:");
        int v = ByGetStatic.value;
        System.out.println("  value " + v);
        System.out.println("4. putstatic:");
        ByPutStatic.value = 9;
        System.out.println("5. compile-time constants do not initialize:");
        System.out.println("  " + Constants.INT_CONST + " " + Constants.STR_CONST + " " + Constants.LONG_CONST + " "
            + Constants.DOUBLE_CONST + " " + Constants.BOOL_CONST);
        System.out.println("6. non-constant static final does:");
        System.out.println("  " + Constants.BOXED);
        System.out.println("  " + Constants.COMPUTED);
        System.out.println("7. array creation does not initialize:");
        ArrayElem[] arr = new ArrayElem[3];
        ArrayElem[][] arr2 = new ArrayElem[2][2];
        System.out.println("  arrays of length " + arr.length + " and " + arr2.length);
        System.out.println("8. inherited static field via subclass initializes only the superclass:");
        System.out.println("  Sub.inherited = " + Sub.inherited);
        System.out.println("  Sub.superMethod() = " + Sub.superMethod());
        System.out.println("9. now a Sub-declared field:");
        System.out.println("  Sub.own = " + Sub.own);
        System.out.println("10. class literal does not initialize:");
        Class<?> c = ClassLiteral.class;
        System.out.println("  got " + c.getSimpleName());
        System.out.println("11. instanceof / checkcast / null arrays do not initialize:");
        Object o = "str";
        System.out.println("  instanceof: " + (o instanceof InstanceOfTarget));
        CastTarget ct = (CastTarget) null;
        System.out.println("  cast null: " + ct);
        System.out.println("12. static field through null reference initializes:");
        NullRef nr = null;
        System.out.println("  " + nr.field);
        System.out.println("13. creating an instance later does not re-run:");
        new ClassLiteral();
        new ClassLiteral();
        new Sub();
        System.out.println("done");
    }
}
