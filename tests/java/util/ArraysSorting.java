// Checks java.util.Arrays.sort on every primitive array type (int, long, short,
// char, byte, float, double), including float/double NaN, -0.0/0.0 and infinity
// ordering, sub-range sorts, Object sort (natural order, stable with a comparator),
// range-argument exceptions, and arrays larger than the insertion-sort threshold.
import java.util.Arrays;
import java.util.Comparator;

public class ArraysSorting {
    record Item(String name, int weight) {}

    public static void main(String[] args) {
        int[] ints = {5, -3, 9, 0, Integer.MAX_VALUE, -3, Integer.MIN_VALUE, 7, 2};
        Arrays.sort(ints);
        System.out.println("int " + Arrays.toString(ints));
        long[] longs = {5L, -1L, Long.MIN_VALUE, 1L << 40, 0L, Long.MAX_VALUE, -(1L << 35)};
        Arrays.sort(longs);
        System.out.println("long " + Arrays.toString(longs));
        short[] shorts = {300, -300, 0, Short.MAX_VALUE, Short.MIN_VALUE, 5, 5};
        Arrays.sort(shorts);
        System.out.println("short " + Arrays.toString(shorts));
        char[] chars = "Hello, World! zebra".toCharArray();
        Arrays.sort(chars);
        System.out.println("char [" + new String(chars) + "] " + Arrays.toString(chars));
        byte[] bytes = {10, -10, 127, -128, 0, 1, -1};
        Arrays.sort(bytes);
        System.out.println("byte " + Arrays.toString(bytes));
        float[] floats = {3.5f, Float.NaN, -0.0f, 0.0f, Float.NEGATIVE_INFINITY, -2.25f, Float.POSITIVE_INFINITY, 0.0f, -0.0f, Float.MIN_VALUE};
        Arrays.sort(floats);
        System.out.println("float " + Arrays.toString(floats));
        double[] doubles = {Double.NaN, 1e300, -0.0, 0.0, -1e-300, Double.NEGATIVE_INFINITY, 0.0, -0.0, Double.NaN, 42.5, Double.MAX_VALUE};
        Arrays.sort(doubles);
        System.out.println("double " + Arrays.toString(doubles));
        System.out.println("binarySearch -0.0 " + Arrays.binarySearch(doubles, -0.0) + " 0.0 " + Arrays.binarySearch(doubles, 0.0)
                + " NaN " + Arrays.binarySearch(doubles, Double.NaN) + " 1.0 " + Arrays.binarySearch(doubles, 1.0));

        int[] range = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        Arrays.sort(range, 2, 7);
        System.out.println("int range [2,7) " + Arrays.toString(range));
        double[] drange = {3.0, 2.0, Double.NaN, 1.0, -0.0, 0.0};
        Arrays.sort(drange, 1, 6);
        System.out.println("double range [1,6) " + Arrays.toString(drange));
        char[] crange = "dcbaDCBA".toCharArray();
        Arrays.sort(crange, 0, 4);
        System.out.println("char range [0,4) " + new String(crange));

        // larger arrays: deterministic pseudo-random contents (LCG), beyond insertion sort cutoff
        int[] big = new int[300];
        int seed = 12345;
        for (int i = 0; i < big.length; i++) {
            seed = seed * 1103515245 + 12345;
            big[i] = (seed >>> 16) % 1000 - 500;
        }
        int[] bigCopy = big.clone();
        Arrays.sort(big);
        boolean ok = true;
        for (int i = 1; i < big.length; i++) if (big[i - 1] > big[i]) ok = false;
        long sumBefore = 0, sumAfter = 0;
        for (int v : bigCopy) sumBefore += v;
        for (int v : big) sumAfter += v;
        System.out.println("big sorted " + ok + " sums " + sumBefore + " " + sumAfter + " min " + big[0] + " max " + big[299]
                + " median " + big[150] + " first10 " + Arrays.toString(Arrays.copyOf(big, 10)));
        long[] bigLong = new long[200];
        for (int i = 0; i < bigLong.length; i++) bigLong[i] = (long) bigCopy[i] * 1000003L ^ (i * 7L);
        Arrays.sort(bigLong);
        ok = true;
        for (int i = 1; i < bigLong.length; i++) if (bigLong[i - 1] > bigLong[i]) ok = false;
        System.out.println("bigLong sorted " + ok + " ends " + bigLong[0] + " " + bigLong[199]);

        String[] strs = {"pear", "Apple", "banana", "apple", "Cherry", "fig"};
        Arrays.sort(strs);
        System.out.println("String natural " + Arrays.toString(strs));
        Arrays.sort(strs, String.CASE_INSENSITIVE_ORDER);
        System.out.println("String case-insensitive " + Arrays.toString(strs));
        Arrays.sort(strs, Comparator.comparing(String::length).reversed());
        System.out.println("String by length desc (stable) " + Arrays.toString(strs));
        Integer[] boxed = {5, 1, 4, 1, 5, 9, 2, 6};
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println("Integer reverse " + Arrays.toString(boxed));
        Arrays.sort(boxed, 2, 6);
        System.out.println("Integer range [2,6) natural " + Arrays.toString(boxed));
        Item[] items = {new Item("a", 3), new Item("b", 1), new Item("c", 3), new Item("d", 2), new Item("e", 1)};
        Arrays.sort(items, Comparator.comparingInt(Item::weight));
        System.out.println("records stable by weight " + Arrays.toString(items));

        try {
            Arrays.sort(new int[5], 3, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("sort(3,2): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Arrays.sort(new int[5], 0, 6);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("sort(0,6): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Arrays.sort(new int[5], -1, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("sort(-1,2): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Object[] mixed = {"a", 1};
            Arrays.sort(mixed);
        } catch (ClassCastException e) {
            System.out.println("sort mixed: " + e.getClass().getName());
        }
        Object[] withNull = {"b", null, "a"};
        try {
            Arrays.sort(withNull);
        } catch (NullPointerException e) {
            System.out.println("sort with null: " + e.getClass().getName());
        }
        Arrays.sort(withNull, Comparator.nullsFirst(Comparator.comparing(Object::toString)));
        System.out.println("nullsFirst " + Arrays.toString(withNull));
    }
}
