public class StaticInstanceOrder {
    static StringBuilder order = new StringBuilder();

    static class Widget {
        static int created;
        int serial;

        static {
            order.append("static1 ");
        }

        {
            serial = ++created;
            order.append("instance-block(").append(serial).append(") ");
        }

        Widget() {
            order.append("ctor(").append(serial).append(") ");
        }

        static {
            order.append("static2 ");
        }
    }

    static class Outer {
        static {
            order.append("Outer ");
        }

        static class Nested {
            static {
                order.append("Nested ");
            }
            static int n = 1;
        }
    }

    static StaticInstanceOrder first = new StaticInstanceOrder("first");
    static int afterFirst = 5;
    final int seenAfterFirst;

    StaticInstanceOrder(String tag) {
        seenAfterFirst = afterFirst;
        order.append("main-ctor(").append(tag).append(',').append(afterFirst).append(") ");
    }

    public static void main(String[] args) {
        System.out.println(order.toString().trim());
        order.setLength(0);
        new Widget();
        new Widget();
        System.out.println(order.toString().trim());
        order.setLength(0);
        int n = Outer.Nested.n;
        System.out.println(order.toString().trim() + " n=" + n);
        order.setLength(0);
        StaticInstanceOrder second = new StaticInstanceOrder("second");
        System.out.println(order.toString().trim());
        System.out.println(first.seenAfterFirst + " " + second.seenAfterFirst);
    }
}
