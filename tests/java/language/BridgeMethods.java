// Checks compiler-generated bridge methods: covariant return types, a
// generic superclass with a concrete subclass (calls through the erased
// signature reach the override), generic interfaces implemented with
// concrete types (Comparable<T>, a user interface), bridges that cast and
// therefore throw ClassCastException on raw misuse, and overloads that
// differ only after erasure. Each method prints which implementation runs.
import java.util.*;

public class BridgeMethods {
    static class Animal {
        Animal reproduce() { System.out.println("  Animal.reproduce"); return new Animal(); }
        Object id() { return "animal-id"; }
        @Override public String toString() { return "Animal"; }
    }
    static class Cat extends Animal {
        @Override Cat reproduce() { System.out.println("  Cat.reproduce"); return new Cat(); }
        @Override String id() { return "cat-id"; }
        @Override public String toString() { return "Cat"; }
    }

    static abstract class Holder<T> {
        abstract T get();
        abstract void set(T t);
        String show() { return "Holder(" + get() + ")"; }
    }
    static class IntHolder extends Holder<Integer> {
        private int v;
        @Override Integer get() { System.out.println("  IntHolder.get"); return v; }
        @Override void set(Integer t) { System.out.println("  IntHolder.set(" + t + ")"); v = t; }
    }

    interface Transformer<A, B> { B apply(A a); }
    static class Length implements Transformer<String, Integer> {
        @Override public Integer apply(String s) { System.out.println("  Length.apply(String)"); return s.length(); }
    }

    static class Version implements Comparable<Version> {
        final int major, minor;
        Version(int major, int minor) { this.major = major; this.minor = minor; }
        @Override public int compareTo(Version o) {
            return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
        }
        @Override public String toString() { return major + "." + minor; }
    }

    static abstract class Node<T extends Comparable<T>> {
        abstract T value();
        boolean greaterThan(Node<T> o) { return value().compareTo(o.value()) > 0; }
    }
    static class StrNode extends Node<String> {
        final String s;
        StrNode(String s) { this.s = s; }
        @Override String value() { System.out.println("  StrNode.value"); return s; }
    }

    // generic method overridden in a generic subclass with a different type variable name
    static class Box<T> {
        T item;
        <R> R fold(R init) { return init; }
        void put(T t) { System.out.println("  Box.put"); item = t; }
    }
    static class NamedBox extends Box<String> {
        @Override void put(String t) { System.out.println("  NamedBox.put(" + t + ")"); item = "name:" + t; }
    }

    public static void main(String[] args) {
        System.out.println("covariant via Animal ref:");
        Animal a = new Cat();
        Animal child = a.reproduce();
        System.out.println("  result " + child + " id=" + a.id());
        System.out.println("covariant via Cat ref:");
        Cat cat = new Cat();
        Cat kitten = cat.reproduce();
        System.out.println("  result " + kitten + " id length=" + cat.id().length());

        System.out.println("generic superclass:");
        Holder<Integer> h = new IntHolder();
        h.set(41);
        Integer got = h.get();
        System.out.println("  got " + (got + 1));
        System.out.println("  show: " + h.show());
        @SuppressWarnings({"rawtypes", "unchecked"})
        Holder raw = h;
        try {
            raw.set("not an int");
            System.out.println("  no exception?");
        } catch (ClassCastException e) {
            System.out.println("  raw set(String): ClassCastException from bridge");
        }

        System.out.println("generic interface:");
        Transformer<String, Integer> t = new Length();
        System.out.println("  apply: " + t.apply("hello"));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Transformer rawT = t;
        try {
            rawT.apply(12);
        } catch (ClassCastException e) {
            System.out.println("  raw apply(Integer): ClassCastException");
        }

        System.out.println("Comparable bridge:");
        List<Version> vs = new ArrayList<>(List.of(new Version(1, 10), new Version(1, 2), new Version(0, 9)));
        Collections.sort(vs);
        System.out.println("  sorted " + vs);
        Comparable<Version> cv = vs.get(0);
        System.out.println("  compareTo " + cv.compareTo(vs.get(2)));
        @SuppressWarnings({"rawtypes", "unchecked"})
        Comparable rawC = vs.get(0);
        try {
            rawC.compareTo("1.0");
        } catch (ClassCastException e) {
            System.out.println("  raw compareTo(String): ClassCastException");
        }

        System.out.println("bounded generic superclass:");
        Node<String> n1 = new StrNode("pear"), n2 = new StrNode("apple");
        System.out.println("  greaterThan: " + n1.greaterThan(n2));

        System.out.println("generic subclass put:");
        Box<String> b = new NamedBox();
        b.put("x");
        System.out.println("  item=" + b.item + " fold=" + b.<Integer>fold(7));
        Box<String> plain = new Box<>();
        plain.put("y");
        System.out.println("  item=" + plain.item);

        System.out.println("interface bridges via lambda-free anonymous class:");
        Transformer<Integer, String> anon = new Transformer<>() {
            @Override public String apply(Integer i) { System.out.println("  anon.apply(Integer)"); return "#" + i; }
        };
        System.out.println("  " + anon.apply(5));
    }
}
