import java.util.Arrays;
import java.util.List;

public class ArraysUtility {
    public static void main(String[] args) {
        int[] ints = {5, 3, 9, 1, 7, 3, -2, 0};
        System.out.println(Arrays.toString(ints));
        int[] sorted = ints.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted));
        System.out.println("binarySearch 7: " + Arrays.binarySearch(sorted, 7));
        System.out.println("binarySearch 4: " + Arrays.binarySearch(sorted, 4));
        System.out.println("binarySearch -5: " + Arrays.binarySearch(sorted, -5));
        System.out.println("binarySearch 100: " + Arrays.binarySearch(sorted, 100));
        int[] partial = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(partial, 2, 6);
        System.out.println("sort range: " + Arrays.toString(partial));
        long[] longs = {3L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0L};
        Arrays.sort(longs);
        System.out.println(Arrays.toString(longs));
        char[] chars = "hello world".toCharArray();
        Arrays.sort(chars);
        System.out.println("[" + new String(chars) + "] " + Arrays.toString(chars));
        double[] ds = {2.5, -1.0, 3.25, 0.0, -0.0};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        String[] words = {"pear", "Apple", "banana", "apple", "Cherry"};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        System.out.println("binarySearch banana: " + Arrays.binarySearch(words, "banana"));
        byte[] bytes = {5, -5, 127, -128};
        Arrays.sort(bytes);
        System.out.println(Arrays.toString(bytes));
        short[] shorts = {300, -300, 0};
        Arrays.sort(shorts);
        System.out.println(Arrays.toString(shorts));
        float[] fs = {1.5f, -2.5f, 0.1f};
        Arrays.sort(fs);
        System.out.println(Arrays.toString(fs));
        boolean[] bs = {true, false};
        System.out.println(Arrays.toString(bs));
        // fill
        int[] filled = new int[6];
        Arrays.fill(filled, 7);
        System.out.println(Arrays.toString(filled));
        Arrays.fill(filled, 1, 4, -1);
        System.out.println(Arrays.toString(filled));
        String[] sf = new String[3];
        Arrays.fill(sf, "s");
        System.out.println(Arrays.toString(sf));
        char[] cf = new char[4];
        Arrays.fill(cf, '*');
        System.out.println(new String(cf));
        // copyOf and copyOfRange
        int[] longer = Arrays.copyOf(ints, 12);
        int[] shorter = Arrays.copyOf(ints, 3);
        System.out.println(Arrays.toString(longer) + " " + Arrays.toString(shorter));
        System.out.println(Arrays.toString(Arrays.copyOfRange(ints, 2, 5)));
        System.out.println(Arrays.toString(Arrays.copyOfRange(ints, 6, 10)));
        String[] scopy = Arrays.copyOf(words, 7);
        System.out.println(Arrays.toString(scopy) + " " + scopy.getClass().getSimpleName());
        System.out.println(Arrays.toString(Arrays.copyOf(new double[] {1.5}, 3)));
        System.out.println(Arrays.toString(Arrays.copyOf(new boolean[] {true}, 2)));
        System.out.println(Arrays.toString(Arrays.copyOf(new char[] {'a', 'b'}, 1)));
        System.out.println(Arrays.toString(Arrays.copyOf(new long[] {5L}, 2)));
        try {
            Arrays.copyOfRange(ints, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange error: " + e.getMessage());
        }
        try {
            Arrays.copyOf(ints, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("copyOf error: " + e.getMessage());
        }
        // equals and hashCode
        int[] x = {1, 2, 3};
        int[] y = {1, 2, 3};
        int[] z = {1, 2, 4};
        System.out.println(x.equals(y) + " " + Arrays.equals(x, y) + " " + Arrays.equals(x, z) + " " + Arrays.equals(x, null));
        System.out.println(Arrays.hashCode(x) + " " + Arrays.hashCode(y) + " " + Arrays.hashCode(z) + " " + Arrays.hashCode((int[]) null));
        System.out.println(Arrays.hashCode(new long[] {1L << 33, -1L}) + " " + Arrays.hashCode(new double[] {1.5, -0.0}));
        System.out.println(Arrays.hashCode(new String[] {"a", null, "b"}) + " " + Arrays.hashCode(new boolean[] {true, false}));
        System.out.println(Arrays.equals(new String[] {"a", null}, new String[] {"a", null}));
        System.out.println(Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}));
        // deepToString, deepEquals-like, nulls
        Object[] nested = {1, new int[] {2, 3}, new String[] {"four"}, null, new Object[] {5, new double[] {6.0}}};
        System.out.println(Arrays.deepToString(nested));
        System.out.println(Arrays.toString((int[]) null) + " " + Arrays.toString(new int[0]) + " " + Arrays.deepToString(new Object[0][0]));
        Object[] self = new Object[2];
        self[0] = "me";
        self[1] = self;
        System.out.println(Arrays.deepToString(self));
        // asList
        List<String> list = Arrays.asList("x", "y", "z");
        System.out.println(list + " size " + list.size() + " get(1) " + list.get(1) + " contains z " + list.contains("z"));
        String[] backing = {"p", "q"};
        List<String> view = Arrays.asList(backing);
        view.set(0, "P");
        System.out.println(backing[0] + " " + view);
        try {
            view.add("r");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: " + e.getClass().getName());
        }
        List<Integer> nums = Arrays.asList(3, 1, 2);
        int total = 0;
        for (int n : nums) total += n;
        System.out.println("sum " + total + " indexOf(2) " + nums.indexOf(2));
    }
}
