public class LocalAndAnonymous {
    interface Greeter {
        String greet(String who);
    }

    static abstract class Shape {
        final String label;

        Shape(String label) {
            this.label = label;
        }

        abstract double area();

        public String toString() {
            return label + " area " + area();
        }
    }

    interface Counter {
        int next();
    }

    static Counter makeCounter(final int start, final int step) {
        return new Counter() {
            int current = start;

            public int next() {
                int r = current;
                current += step;
                return r;
            }
        };
    }

    private int secret = 42;

    Greeter instanceGreeter() {
        return new Greeter() {
            public String greet(String who) {
                return "secret " + secret + " for " + who;
            }
        };
    }

    public static void main(String[] args) {
        final String prefix = "Hello, ";
        int exclamations = 3;
        Greeter g = new Greeter() {
            public String greet(String who) {
                StringBuilder sb = new StringBuilder(prefix).append(who);
                for (int i = 0; i < exclamations; i++) sb.append('!');
                return sb.toString();
            }
        };
        System.out.println(g.greet("world"));

        class Rect extends Shape {
            final double w, h;

            Rect(double w, double h) {
                super("rect");
                this.w = w;
                this.h = h;
            }

            double area() {
                return w * h;
            }
        }

        final double pi = 3.0;
        Shape circle = new Shape("circle") {
            final double r = 2.0;

            double area() {
                return pi * r * r;
            }
        };
        Shape[] shapes = {new Rect(2, 3), circle, new Rect(1.5, 1.5), new Shape("unit") {
            double area() { return 1; }
        }};
        for (Shape s : shapes) System.out.println(s);

        Counter c1 = makeCounter(10, 5);
        Counter c2 = makeCounter(-1, -1);
        System.out.println(c1.next() + " " + c1.next() + " " + c2.next() + " " + c1.next() + " " + c2.next());

        // local class capturing loop variable copies
        Greeter[] greeters = new Greeter[3];
        for (int i = 0; i < 3; i++) {
            final int idx = i;
            class Indexed implements Greeter {
                public String greet(String who) {
                    return who + "#" + idx;
                }
            }
            greeters[i] = new Indexed();
        }
        for (Greeter gr : greeters) System.out.print(gr.greet("g") + " ");
        System.out.println();

        // anonymous class with an initializer block and a constructor argument
        Shape tri = new Shape("triangle") {
            double base, height;
            {
                base = 4;
                height = 5;
            }

            double area() {
                return base * height / 2;
            }
        };
        System.out.println(tri);

        System.out.println(new LocalAndAnonymous().instanceGreeter().greet("me"));

        // anonymous Runnable
        final int[] box = {0};
        Runnable r = new Runnable() {
            public void run() {
                box[0] += 11;
            }
        };
        r.run();
        r.run();
        System.out.println("box = " + box[0]);

        // local class with static-like helper and recursion
        class Fact {
            long of(int n) {
                return n <= 1 ? 1 : n * of(n - 1);
            }
        }
        System.out.println("15! = " + new Fact().of(15));
        // anonymous object's toString override
        Object o = new Object() {
            public String toString() {
                return "custom anonymous toString";
            }
        };
        System.out.println(o);
    }
}
