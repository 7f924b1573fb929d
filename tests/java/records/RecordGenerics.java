// Checks generic records (with bridge methods for Comparable), records
// implementing interfaces (default methods, interface dispatch), nested and
// local records (implicitly static: no outer instance), records capturing
// nothing but usable in lambdas, recursive record structures (a linked list
// and a tree), and records with static methods and nested records.
import java.util.*;
import java.util.function.*;

public class RecordGenerics {
    interface Shape {
        double area();
        default String describe() { return getClass().getSimpleName() + " with area " + String.format("%.2f", area()); }
    }
    record Circle(double r) implements Shape {
        public double area() { return Math.PI * r * r; }
    }
    record Rect(double w, double h) implements Shape {
        public double area() { return w * h; }
        @Override public String describe() { return "Rect " + w + "x" + h; }
    }

    record Box<T>(T value) {
        <R> Box<R> map(Function<? super T, ? extends R> f) { return new Box<>(f.apply(value)); }
    }
    record Pair<A, B>(A first, B second) {
        static <X> Pair<X, X> twin(X x) { return new Pair<>(x, x); }
        Pair<B, A> swap() { return new Pair<>(second, first); }
    }
    record Ranked<T extends Comparable<T>>(T item, int rank) implements Comparable<Ranked<T>> {
        public int compareTo(Ranked<T> o) {
            int c = Integer.compare(rank, o.rank);
            return c != 0 ? c : item.compareTo(o.item);
        }
    }
    record Node<T>(T head, Node<T> tail) {
        static <T> Node<T> of(List<T> items) {
            Node<T> n = null;
            for (int i = items.size() - 1; i >= 0; i--) n = new Node<>(items.get(i), n);
            return n;
        }
        int length() { return tail == null ? 1 : 1 + tail.length(); }
    }
    record Tree(int value, Tree left, Tree right) {
        static Tree leaf(int v) { return new Tree(v, null, null); }
        int sum() { return value + (left == null ? 0 : left.sum()) + (right == null ? 0 : right.sum()); }
        int depth() { return 1 + Math.max(left == null ? 0 : left.depth(), right == null ? 0 : right.depth()); }
    }
    record Outer(String name, Inner inner) {
        record Inner(int level) { }
        static Outer make(String n, int l) { return new Outer(n, new Inner(l)); }
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(1), new Rect(2, 3), new Circle(0.5));
        for (Shape s : shapes) System.out.println(s + " -> " + s.describe());
        double total = 0;
        for (Shape s : shapes) total += s.area();
        System.out.println("total area: " + String.format("%.4f", total));

        Box<String> bs = new Box<>("text");
        Box<Integer> bi = bs.map(String::length);
        System.out.println(bs + " -> " + bi + " -> " + bi.map(n -> n * 1.5));
        System.out.println("Box equals across type args: " + new Box<Object>("text").equals(bs));
        Pair<String, Integer> p = new Pair<>("one", 1);
        System.out.println(p + " swap=" + p.swap() + " twin=" + Pair.twin('c') + " swapped twice equal: " + p.swap().swap().equals(p));

        List<Ranked<String>> ranked = new ArrayList<>(List.of(new Ranked<>("pear", 2), new Ranked<>("apple", 2), new Ranked<>("fig", 1)));
        Collections.sort(ranked);
        System.out.println("ranked: " + ranked);
        @SuppressWarnings({"rawtypes", "unchecked"})
        Comparable raw = new Ranked<>("x", 1);
        try {
            raw.compareTo("not a record");
        } catch (ClassCastException e) {
            System.out.println("bridge compareTo with wrong type: ClassCastException");
        }

        Node<Integer> list = Node.of(List.of(1, 2, 3));
        System.out.println("list: " + list + " length=" + list.length());
        System.out.println("list equals rebuilt: " + list.equals(Node.of(List.of(1, 2, 3))) + " hash equal: " + (list.hashCode() == Node.of(List.of(1, 2, 3)).hashCode()));
        Tree t = new Tree(1, new Tree(2, Tree.leaf(4), null), Tree.leaf(3));
        System.out.println("tree: " + t);
        System.out.println("sum=" + t.sum() + " depth=" + t.depth() + " hash=" + t.hashCode());

        Outer o = Outer.make("top", 3);
        System.out.println(o + " inner class: " + o.inner().getClass().getName());

        // local record, used from a lambda
        record Score(String who, int points) { }
        List<Score> scores = new ArrayList<>();
        BiConsumer<String, Integer> add = (w, pts) -> scores.add(new Score(w, pts));
        add.accept("ann", 7);
        add.accept("ben", 9);
        add.accept("cid", 7);
        scores.sort(Comparator.comparingInt(Score::points).reversed().thenComparing(Score::who));
        System.out.println("scores: " + scores);
        System.out.println("local record name: " + scores.get(0).getClass().getName());
        Function<Score, String> who = Score::who;
        ToIntFunction<Score> pts = Score::points;
        System.out.println("accessor refs: " + who.apply(scores.get(1)) + " " + pts.applyAsInt(scores.get(1)));
        Supplier<Pair<String, String>> twinSup = () -> Pair.twin("t");
        BiFunction<String, Integer, Pair<String, Integer>> ctor = Pair::new;
        System.out.println("ctor ref: " + ctor.apply("k", 5) + " " + twinSup.get());
    }
}
