public class ConstructorChaining {
    static StringBuilder log = new StringBuilder();

    static class Base {
        protected final String name;
        protected int level;

        Base() {
            this("unnamed");
            log.append("Base() ");
        }

        Base(String name) {
            this(name, 1);
            log.append("Base(String) ");
        }

        Base(String name, int level) {
            super();
            this.name = name;
            this.level = level;
            log.append("Base(String,int) ");
        }

        public String toString() {
            return "Base[" + name + "," + level + "]";
        }
    }

    static class Derived extends Base {
        private final double weight;

        Derived() {
            super();
            weight = 1.0;
            log.append("Derived() ");
        }

        Derived(String name) {
            super(name, 5);
            weight = 2.5;
            log.append("Derived(String) ");
        }

        Derived(String name, double weight) {
            this(name);
            log.append("Derived(String,double) ");
            // weight is final, so we re-derive the level instead
            level += (int) weight;
        }

        public String toString() {
            return "Derived[" + name + "," + level + "," + weight + "]";
        }
    }

    static class MoreDerived extends Derived {
        MoreDerived() {
            log.append("MoreDerived() ");
        }

        MoreDerived(int x) {
            super("x" + x, x * 1.5);
            log.append("MoreDerived(int) ");
        }
    }

    static class Point {
        final int x, y;

        Point() { this(0, 0); }
        Point(int v) { this(v, v); }
        Point(int x, int y) { this.x = x; this.y = y; }
        Point(Point other) { this(other.x, other.y); }

        public String toString() { return "(" + x + ", " + y + ")"; }
    }

    static String compute(String s) {
        log.append("compute(" + s + ") ");
        return s.toUpperCase();
    }

    static class ArgEval extends Base {
        ArgEval(String s) {
            super(compute(s), s.length());
            log.append("ArgEval ");
        }
    }

    static void show(Object o) {
        System.out.println(o + " <- " + log.toString().trim());
        log.setLength(0);
    }

    public static void main(String[] args) {
        show(new Base());
        show(new Base("alpha"));
        show(new Base("beta", 3));
        show(new Derived());
        show(new Derived("gamma"));
        show(new Derived("delta", 4.9));
        show(new MoreDerived());
        show(new MoreDerived(6));
        show(new ArgEval("hello"));
        System.out.println(new Point() + " " + new Point(7) + " " + new Point(2, 3) + " " + new Point(new Point(9, 8)));
    }
}
