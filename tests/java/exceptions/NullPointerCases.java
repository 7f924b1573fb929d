public class NullPointerCases {
    static class Node {
        int value;
        Node next;

        int get() {
            return value;
        }
    }

    interface Action {
        void run();
    }

    static int caught = 0;

    static void expectNpe(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            caught++;
            System.out.println(label + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        final Node n = new Node();
        final Node nil = null;
        final String s = null;
        final int[] arr = null;
        final Integer boxed = null;
        expectNpe("field read", new Action() { public void run() { System.out.println(nil.value); } });
        expectNpe("field write", new Action() { public void run() { nil.value = 1; } });
        expectNpe("method call", new Action() { public void run() { nil.get(); } });
        expectNpe("chained field", new Action() { public void run() { System.out.println(n.next.value); } });
        expectNpe("string method", new Action() { public void run() { s.length(); } });
        expectNpe("array load", new Action() { public void run() { System.out.println(arr[0]); } });
        expectNpe("array store", new Action() { public void run() { arr[0] = 1; } });
        expectNpe("array length", new Action() { public void run() { System.out.println(arr.length); } });
        expectNpe("unboxing", new Action() { public void run() { int x = boxed; System.out.println(x); } });
        expectNpe("unboxing in arithmetic", new Action() { public void run() { System.out.println(boxed + 1); } });
        expectNpe("throw null", new Action() {
            public void run() {
                RuntimeException r = null;
                throw r;
            }
        });
        expectNpe("synchronized on null", new Action() {
            public void run() {
                Object lock = null;
                synchronized (lock) {
                    System.out.println("inside");
                }
            }
        });
        expectNpe("switch on null string", new Action() {
            public void run() {
                switch (s) {
                    default: System.out.println("default");
                }
            }
        });
        expectNpe("enhanced for over null array", new Action() {
            public void run() {
                for (int x : arr) System.out.println(x);
            }
        });
        expectNpe("Objects.requireNonNull", new Action() {
            public void run() {
                java.util.Objects.requireNonNull(s, "s must not be null");
            }
        });
        try {
            java.util.Objects.requireNonNull(null, "custom message");
        } catch (NullPointerException e) {
            System.out.println("requireNonNull message: " + e.getMessage());
        }
        expectNpe("null in string concat is fine", new Action() { public void run() { System.out.println("value: " + s); } });
        expectNpe("equals with null arg is fine", new Action() { public void run() { System.out.println("x".equals(s)); } });
        expectNpe("instanceof null is fine", new Action() { public void run() { System.out.println(s instanceof String); } });
        System.out.println("caught " + caught + " NPEs");
        NullPointerException explicit = new NullPointerException("explicit message");
        System.out.println(explicit.getMessage());
    }
}
