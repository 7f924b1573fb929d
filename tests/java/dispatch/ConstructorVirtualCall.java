public class ConstructorVirtualCall {
    static abstract class Widget {
        protected final String label;

        Widget(String label) {
            this.label = label;
            System.out.println("Widget ctor: render() = " + render());
            init();
        }

        abstract String render();

        void init() {
            System.out.println("Widget.init");
        }
    }

    static class Button extends Widget {
        private String text = "OK";
        private int clicks = 5;
        private final int width;
        private Object payload = new Object();
        private long big = 123L;
        private double ratio = 0.5;
        private boolean enabled = true;

        Button(String label, int width) {
            super(label);
            this.width = width;
            System.out.println("Button ctor: render() = " + render());
        }

        String render() {
            return "[" + label + "|" + text + "|" + clicks + "|" + width + "|" + (payload != null) + "|" + big + "|" + ratio + "|" + enabled + "]";
        }

        void init() {
            clicks = 99; // overwritten afterwards by the field initializer
            System.out.println("Button.init sets clicks=99");
        }

        int clicks() {
            return clicks;
        }
    }

    static class Base {
        Base() {
            System.out.println("Base sees name() = " + name() + ", length = " + nameLength());
        }

        String name() {
            return "base";
        }

        int nameLength() {
            try {
                return name().length();
            } catch (NullPointerException e) {
                return -1;
            }
        }
    }

    static class Derived extends Base {
        private final String n;
        private static final String CONST = "constant";

        Derived() {
            n = "derived";
            System.out.println("Derived sees name() = " + name());
        }

        String name() {
            return n;
        }
    }

    static class UsesConst extends Base {
        private final String c = "compile-time constant field";

        String name() {
            return c; // constant: inlined by javac, visible even before init
        }
    }

    public static void main(String[] args) {
        Button b = new Button("btn", 80);
        System.out.println("after construction clicks = " + b.clicks());
        new Derived();
        new UsesConst();
    }
}
