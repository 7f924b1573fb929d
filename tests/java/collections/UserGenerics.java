import java.util.Iterator;
import java.util.NoSuchElementException;

public class UserGenerics {
    static class Stack<T> implements Iterable<T> {
        private Object[] items = new Object[2];
        private int size;

        void push(T t) {
            if (size == items.length) {
                Object[] bigger = new Object[items.length * 2];
                System.arraycopy(items, 0, bigger, 0, size);
                items = bigger;
            }
            items[size++] = t;
        }

        @SuppressWarnings("unchecked")
        T pop() {
            if (size == 0) throw new IllegalStateException("stack underflow");
            T t = (T) items[--size];
            items[size] = null;
            return t;
        }

        @SuppressWarnings("unchecked")
        T peek() {
            return size == 0 ? null : (T) items[size - 1];
        }

        int size() {
            return size;
        }

        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int idx = size - 1;

                public boolean hasNext() {
                    return idx >= 0;
                }

                @SuppressWarnings("unchecked")
                public T next() {
                    if (idx < 0) throw new NoSuchElementException();
                    return (T) items[idx--];
                }
            };
        }
    }

    static final class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }

        public boolean equals(Object o) {
            if (!(o instanceof Pair)) return false;
            Pair<?, ?> p = (Pair<?, ?>) o;
            return java.util.Objects.equals(first, p.first) && java.util.Objects.equals(second, p.second);
        }

        public int hashCode() {
            return java.util.Objects.hash(first, second);
        }

        public String toString() {
            return "(" + first + ", " + second + ")";
        }
    }

    static class LinkedSeq<T> implements Iterable<T> {
        private class Node {
            T value;
            Node next;

            Node(T value) {
                this.value = value;
            }
        }

        private Node head, tail;
        private int size;

        void addLast(T v) {
            Node n = new Node(v);
            if (tail == null) head = tail = n;
            else {
                tail.next = n;
                tail = n;
            }
            size++;
        }

        void addFirst(T v) {
            Node n = new Node(v);
            n.next = head;
            head = n;
            if (tail == null) tail = n;
            size++;
        }

        boolean remove(T v) {
            Node prev = null;
            for (Node cur = head; cur != null; prev = cur, cur = cur.next) {
                if (java.util.Objects.equals(cur.value, v)) {
                    if (prev == null) head = cur.next;
                    else prev.next = cur.next;
                    if (cur == tail) tail = prev;
                    size--;
                    return true;
                }
            }
            return false;
        }

        void reverse() {
            Node prev = null, cur = head;
            tail = head;
            while (cur != null) {
                Node next = cur.next;
                cur.next = prev;
                prev = cur;
                cur = next;
            }
            head = prev;
        }

        public Iterator<T> iterator() {
            return new Iterator<T>() {
                Node cur = head;

                public boolean hasNext() {
                    return cur != null;
                }

                public T next() {
                    T v = cur.value;
                    cur = cur.next;
                    return v;
                }
            };
        }

        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (T t : this) {
                if (sb.length() > 1) sb.append(" -> ");
                sb.append(t);
            }
            return sb.append("] size=").append(size).toString();
        }
    }

    static <T extends Comparable<T>> Pair<T, T> minMax(Iterable<T> items) {
        T min = null, max = null;
        for (T t : items) {
            if (min == null || t.compareTo(min) < 0) min = t;
            if (max == null || t.compareTo(max) > 0) max = t;
        }
        return new Pair<>(min, max);
    }

    public static void main(String[] args) {
        Stack<String> stack = new Stack<>();
        for (String s : "to be or not to be".split(" ")) stack.push(s);
        StringBuilder sb = new StringBuilder();
        for (String s : stack) sb.append(s).append(' ');
        System.out.println("stack iteration: " + sb.toString().trim() + " size " + stack.size() + " peek " + stack.peek());
        System.out.println("popped: " + stack.pop() + " " + stack.pop() + " size " + stack.size());
        while (stack.size() > 0) stack.pop();
        try {
            stack.pop();
        } catch (IllegalStateException e) {
            System.out.println("error: " + e.getMessage() + ", peek on empty: " + stack.peek());
        }
        Stack<Integer> ints = new Stack<>();
        for (int i = 1; i <= 10; i++) ints.push(i * i);
        int sum = 0;
        for (int v : ints) sum += v;
        System.out.println("sum of squares " + sum + " minMax " + minMax(ints));
        Pair<String, Integer> p = new Pair<>("age", 42);
        Pair<Integer, String> q = p.swap();
        System.out.println(p + " " + q + " " + p.equals(new Pair<>("age", 42)) + " " + p.equals(q) + " " + (p.hashCode() == new Pair<>("age", 42).hashCode()));
        Pair<Pair<String, String>, Double> nested = new Pair<>(new Pair<>("x", "y"), 1.5);
        System.out.println(nested + " " + nested.first.second);
        java.util.HashMap<Pair<Integer, Integer>, String> grid = new java.util.HashMap<>();
        grid.put(new Pair<>(0, 0), "origin");
        grid.put(new Pair<>(1, 2), "point");
        System.out.println(grid.get(new Pair<>(1, 2)) + " " + grid.get(new Pair<>(2, 1)) + " " + grid.containsKey(new Pair<>(0, 0)));
        LinkedSeq<String> ll = new LinkedSeq<>();
        ll.addLast("b");
        ll.addLast("c");
        ll.addFirst("a");
        ll.addLast("d");
        System.out.println(ll);
        ll.remove("c");
        ll.remove("a");
        ll.remove("zzz");
        System.out.println(ll);
        ll.addLast("e");
        ll.addFirst("z");
        ll.reverse();
        System.out.println(ll);
        LinkedSeq<Double> ld = new LinkedSeq<>();
        for (int i = 0; i < 5; i++) ld.addLast(i / 4.0);
        System.out.println(ld + " minMax " + minMax(ld));
    }
}
