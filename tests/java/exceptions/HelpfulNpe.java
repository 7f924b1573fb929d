import java.util.List;
import java.util.function.Supplier;

// The messages of NullPointerExceptions the VM throws (JEP 358, on by
// default in Java 17): what was attempted and, where the bytecode shows
// it, which expression was null. Explicitly created NPEs keep their own
// message (or none).
public class HelpfulNpe {
    static class Node {
        Node next;
        int value;
        int[] data;
        Node[] children;
        String name;
        static Node root;

        Node child() {
            return null;
        }
    }

    static String nullString() {
        return null;
    }

    static void run(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    static int field(Node n) {
        return n.value;
    }

    static void assign(Node n, int v) {
        n.value = v;
    }

    static int chain(Node n) {
        return n.next.next.value;
    }

    static int arrayLoad(int[] a, int i) {
        return a[i];
    }

    static void arrayStore(Object[] a) {
        a[0] = "x";
    }

    static int length(long[] a) {
        return a.length;
    }

    static int invoke(String s) {
        return s.length();
    }

    static void throwIt(RuntimeException e) {
        throw e;
    }

    static void sync(Object o) {
        synchronized (o) {
            System.out.println("inside");
        }
    }

    public static void main(String[] args) {
        Node n = new Node();
        Node nothing = null;
        run("field of parameter", () -> field(null));
        run("assign to parameter", () -> assign(null, 1));
        run("chain", () -> chain(n));
        run("array load", () -> arrayLoad(null, 0));
        run("array store", () -> arrayStore(null));
        run("array length", () -> length(null));
        run("invoke on parameter", () -> invoke(null));
        run("throw null", () -> throwIt(null));
        run("synchronized", () -> sync(null));
        run("local", () -> {
            String s = nullString();
            System.out.println(s.trim());
        });
        run("return value", () -> System.out.println(nullString().isEmpty()));
        run("method return", () -> System.out.println(n.child().value));
        run("static field", () -> System.out.println(Node.root.name));
        run("field of field", () -> System.out.println(n.name.length()));
        run("int array field", () -> System.out.println(n.data[3]));
        run("object array element", () -> {
            n.children = new Node[2];
            System.out.println(n.children[1].value);
        });
        run("element with index variable", () -> {
            Node[] kids = new Node[4];
            int i = 2;
            kids[i].value = 5;
        });
        run("unboxing", () -> {
            Integer boxed = null;
            int x = boxed;
            System.out.println(x);
        });
        run("interface call", () -> {
            List<String> list = null;
            System.out.println(list.size());
        });
        run("captured", () -> System.out.println(nothing.value));
        run("cast", () -> {
            Object o = null;
            System.out.println(((String) o).length());
        });
        run("explicit", () -> {
            throw new NullPointerException();
        });
        run("explicit with message", () -> {
            throw new NullPointerException("my message");
        });
        run("requireNonNull", () -> java.util.Objects.requireNonNull(null));
        run("2d array", () -> {
            int[][] grid = new int[2][];
            grid[1][0] = 3;
        });
        run("char array length", () -> {
            char[] cs = null;
            System.out.println(cs.length);
        });
        run("long field write", () -> {
            Node m = null;
            m.data = new int[1];
        });
        run("supplier", () -> {
            Supplier<String> s = null;
            System.out.println(s.get());
        });
        run("string switch", () -> {
            String s = null;
            switch (s) {
                case "a":
                    System.out.println("a");
                    break;
                default:
                    System.out.println("other");
            }
        });
        run("enhanced for", () -> {
            int[] values = null;
            for (int v : values) {
                System.out.println(v);
            }
        });
        run("concat ok", () -> System.out.println("null is " + nothing));
        run("double array", () -> {
            double[] d = null;
            d[0] = 1.5;
        });
        // Hot code: the same sites after the JIT compiled them (and a loop
        // that may be replaced on the stack).
        Node[] nodes = new Node[30000];
        java.util.Arrays.fill(nodes, 0, nodes.length - 1, n);
        int sum = 0;
        try {
            for (int i = 0; i < nodes.length; i++) {
                sum += field(nodes[i]) + nodes[i].value;
            }
        } catch (NullPointerException e) {
            System.out.println("hot loop: " + e.getMessage() + " after " + sum);
        }
        for (int round = 0; round < 3; round++) {
            try {
                for (int i = 0; i < 5000; i++) {
                    invoke(i == 4999 ? null : "abc");
                }
            } catch (NullPointerException e) {
                System.out.println("hot call " + round + ": " + e.getMessage());
            }
        }
        NullPointerException refilled = new NullPointerException();
        refilled.fillInStackTrace();
        System.out.println("refilled: " + refilled.getMessage());
        NullPointerException fresh = new NullPointerException();
        System.out.println("fresh: " + fresh.getMessage());
        try {
            invoke(null);
        } catch (NullPointerException e) {
            System.out.println("twice: " + e.getMessage() + " | " + e.getMessage());
            System.out.println("toString: " + e);
        }
    }
}
