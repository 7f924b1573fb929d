import java.util.Arrays;

public class GenericInterfaces {
    static class Version implements Comparable<Version> {
        final int major, minor;

        Version(int major, int minor) {
            this.major = major;
            this.minor = minor;
        }

        public int compareTo(Version o) {
            if (major != o.major) return Integer.compare(major, o.major);
            return Integer.compare(minor, o.minor);
        }

        public String toString() {
            return major + "." + minor;
        }
    }

    interface Transformer<A, B> {
        B transform(A a);
    }

    interface Container<T> extends Iterable<T> {
        void add(T t);

        int size();
    }

    static class Bag<T> implements Container<T> {
        private Object[] items = new Object[2];
        private int n;

        public void add(T t) {
            if (n == items.length) items = Arrays.copyOf(items, n * 2);
            items[n++] = t;
        }

        public int size() {
            return n;
        }

        @SuppressWarnings("unchecked")
        public java.util.Iterator<T> iterator() {
            return new java.util.Iterator<T>() {
                int i = 0;

                public boolean hasNext() {
                    return i < n;
                }

                public T next() {
                    return (T) items[i++];
                }
            };
        }
    }

    static <T extends Comparable<T>> T max(T[] arr) {
        T best = arr[0];
        for (T t : arr) {
            if (t.compareTo(best) > 0) best = t;
        }
        return best;
    }

    static <A, B> Object[] mapAll(A[] in, Transformer<A, B> f) {
        Object[] out = new Object[in.length];
        for (int i = 0; i < in.length; i++) out[i] = f.transform(in[i]);
        return out;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static int rawCompare(Comparable a, Object b) {
        return a.compareTo(b); // goes through the bridge method
    }

    public static void main(String[] args) {
        Version[] vs = {new Version(1, 10), new Version(1, 2), new Version(2, 0), new Version(0, 99)};
        System.out.println("max = " + max(vs));
        Arrays.sort(vs);
        System.out.println(Arrays.toString(vs));
        Integer[] ints = {5, -3, 17, 8};
        System.out.println("max int = " + max(ints));
        String[] strs = {"pear", "apple", "zucchini", "fig"};
        System.out.println("max string = " + max(strs));
        Object[] lens = mapAll(strs, new Transformer<String, Integer>() {
            public Integer transform(String s) {
                return s.length();
            }
        });
        System.out.println(Arrays.toString(lens));
        Object[] names = mapAll(vs, new Transformer<Version, String>() {
            public String transform(Version v) {
                return "v" + v;
            }
        });
        System.out.println(Arrays.toString(names));
        System.out.println(rawCompare(new Version(3, 1), new Version(3, 0)));
        System.out.println(rawCompare("abc", "abd"));
        try {
            rawCompare(new Version(1, 1), "not a version");
        } catch (ClassCastException e) {
            System.out.println("bridge cast failed: " + e.getClass().getName());
        }
        Bag<String> bag = new Bag<>();
        bag.add("x");
        bag.add("y");
        bag.add("z");
        StringBuilder sb = new StringBuilder();
        for (String s : bag) sb.append(s);
        System.out.println(sb + " size=" + bag.size());
        Container<Integer> c = new Bag<>();
        for (int i = 0; i < 5; i++) c.add(i * i);
        int sum = 0;
        for (int x : c) sum += x;
        System.out.println("sum of squares " + sum);
        Comparable<String> cs = "m";
        System.out.println(cs.compareTo("a") > 0);
    }
}
