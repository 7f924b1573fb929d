public class DefaultMethods {
    interface Greeter {
        String name();

        default String greet() {
            return "Hello, " + name() + decoration();
        }

        default String decoration() {
            return "!";
        }

        static Greeter of(final String n) {
            return new Greeter() {
                public String name() {
                    return n;
                }
            };
        }
    }

    static class Plain implements Greeter {
        public String name() {
            return "plain";
        }
    }

    static class Fancy implements Greeter {
        public String name() {
            return "fancy";
        }

        public String decoration() {
            return " ~*~";
        }
    }

    static class Loud extends Fancy {
        public String greet() {
            return "LOUD " + super.greet().toUpperCase();
        }
    }

    interface Sized {
        int size();

        default boolean isEmpty() {
            return size() == 0;
        }

        default String sizeLabel() {
            return isEmpty() ? "empty" : size() == 1 ? "single" : "many(" + size() + ")";
        }
    }

    static class Box implements Sized {
        final int n;

        Box(int n) {
            this.n = n;
        }

        public int size() {
            return n;
        }
    }

    static class AlwaysFull extends Box {
        AlwaysFull() {
            super(0);
        }

        public boolean isEmpty() {
            return false;
        }
    }

    interface Versioned {
        int VERSION = 3;
        String PREFIX = "v";

        default String version() {
            return PREFIX + VERSION;
        }
    }

    static class Product implements Versioned {
        public String version() {
            return "product-" + Versioned.super.version();
        }
    }

    public static void main(String[] args) {
        Greeter[] gs = {new Plain(), new Fancy(), Greeter.of("static factory")};
        for (Greeter g : gs) System.out.println(g.greet());
        Sized[] boxes = {new Box(0), new Box(1), new Box(5), new AlwaysFull()};
        for (Sized s : boxes) System.out.println(s.size() + " " + s.isEmpty() + " " + s.sizeLabel());
        System.out.println(new Product().version());
        System.out.println(Versioned.VERSION + " " + Versioned.PREFIX + " " + Product.VERSION);
        System.out.println(new Loud().greet());
    }
}
