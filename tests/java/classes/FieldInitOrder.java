public class FieldInitOrder {
    static StringBuilder log = new StringBuilder();

    static int trace(String what, int value) {
        log.append(what).append('=').append(value).append(' ');
        return value;
    }

    static class Parent {
        int a = trace("Parent.a", 1);
        int b;

        {
            b = trace("Parent.init-block", a + 10);
        }

        Parent() {
            trace("Parent()", a + b);
            describe();
        }

        void describe() {
            trace("Parent.describe", a);
        }

        int c = trace("Parent.c", 3);
    }

    static class Child extends Parent {
        int x = trace("Child.x", 100);
        int y;
        String s = "set";

        {
            y = trace("Child.init-block", x + 1);
        }

        Child() {
            super();
            trace("Child()", x + y);
        }

        Child(int extra) {
            this();
            trace("Child(int)", extra);
        }

        @Override
        void describe() {
            // runs before Child's field initializers: x == 0, s == null
            trace("Child.describe x", x);
            log.append("s=").append(s).append(' ');
        }
    }

    static class Defaults {
        byte by;
        short sh;
        int in;
        long lo;
        float fl;
        double db;
        char ch;
        boolean bo;
        Object ob;
        String st;
        int[] arr;

        public String toString() {
            return by + " " + sh + " " + in + " " + lo + " " + fl + " " + db + " " + (int) ch + " " + bo + " " + ob + " " + st + " " + arr;
        }
    }

    static class Forward {
        int first = second() + 1;
        int secondValue = 7;

        int second() {
            return secondValue;
        }
    }

    static class MultiBlocks {
        String order = "";
        { order += "A"; }
        MultiBlocks() { order += "C"; }
        { order += "B"; }
        MultiBlocks(String s) { this(); order += s; }
    }

    public static void main(String[] args) {
        new Parent();
        System.out.println("new Parent(): " + log.toString().trim());
        log.setLength(0);
        Child c = new Child();
        System.out.println("new Child(): " + log.toString().trim());
        log.setLength(0);
        System.out.println("child state: a=" + c.a + " b=" + c.b + " c=" + c.c + " x=" + c.x + " y=" + c.y + " s=" + c.s);
        new Child(42);
        System.out.println("new Child(42): " + log.toString().trim());
        log.setLength(0);
        System.out.println("defaults: " + new Defaults());
        Forward f = new Forward();
        System.out.println("forward: first=" + f.first + " secondValue=" + f.secondValue);
        System.out.println("blocks: " + new MultiBlocks().order + " " + new MultiBlocks("D").order);
    }
}
