import java.util.ArrayList;
import java.util.List;

public class GenericMethods {
    static <T> T first(T[] arr) {
        return arr.length == 0 ? null : arr[0];
    }

    static <T> void swap(T[] arr, int i, int j) {
        T t = arr[i];
        arr[i] = arr[j];
        arr[j] = t;
    }

    static <T extends Comparable<T>> int countGreater(T[] arr, T pivot) {
        int c = 0;
        for (T t : arr) if (t.compareTo(pivot) > 0) c++;
        return c;
    }

    static <K, V> String pair(K k, V v) {
        return k + "=" + v + " (" + k.getClass().getSimpleName() + "," + v.getClass().getSimpleName() + ")";
    }

    static <T> List<T> repeat(T item, int n) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(item);
        return out;
    }

    static double sum(List<? extends Number> nums) {
        double s = 0;
        for (Number n : nums) s += n.doubleValue();
        return s;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) sink.add(i);
    }

    @SafeVarargs
    static <T> int count(T... items) {
        return items.length;
    }

    static <T> String describe(T t) {
        return "generic:" + t;
    }

    static String describe(String s) {
        return "string:" + s;
    }

    static class Box<T> {
        private T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }

        <R> Box<R> map(Mapper<T, R> m) {
            return new Box<>(m.apply(value));
        }

        public String toString() {
            return "Box(" + value + ")";
        }
    }

    interface Mapper<A, B> {
        B apply(A a);
    }

    public static void main(String[] args) {
        String[] words = {"delta", "alpha", "charlie", "bravo"};
        System.out.println(first(words));
        swap(words, 0, 3);
        System.out.println(String.join(",", words));
        System.out.println(countGreater(words, "bz"));
        Integer[] nums = {4, 9, 1, 7};
        System.out.println(first(nums) + 1);
        System.out.println(countGreater(nums, 4));
        System.out.println(first(new Object[0]));
        System.out.println(pair("x", 1));
        System.out.println(pair(2.5, 'c'));
        System.out.println(GenericMethods.<String>repeat("ab", 3));
        List<Integer> ints = new ArrayList<>();
        fill(ints, 5);
        System.out.println(ints + " sum=" + sum(ints));
        List<Object> objs = new ArrayList<>();
        fill(objs, 2);
        objs.add("mixed");
        System.out.println(objs);
        List<Double> ds = new ArrayList<>();
        ds.add(1.5);
        ds.add(2.25);
        System.out.println(sum(ds));
        System.out.println(count() + " " + count(1, 2, 3) + " " + count("a", 'b', 3.0, null));
        System.out.println(describe("s") + " " + describe(5) + " " + describe((Object) "s"));
        Box<String> b = new Box<>("hello");
        Box<Integer> len = b.map(new Mapper<String, Integer>() {
            public Integer apply(String s) {
                return s.length();
            }
        });
        Box<String> stars = len.map(new Mapper<Integer, String>() {
            public String apply(Integer n) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) sb.append('*');
                return sb.toString();
            }
        });
        System.out.println(b + " " + len + " " + stars + " " + (len.get() * 2));
    }
}
