import java.util.Arrays;

public class ArrayCopying {
    public static void main(String[] args) {
        int[] src = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] dst = new int[10];
        System.arraycopy(src, 2, dst, 0, 5);
        System.out.println(Arrays.toString(dst));
        // overlapping forward
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        System.arraycopy(a, 0, a, 3, 7);
        System.out.println("overlap right: " + Arrays.toString(a));
        // overlapping backward
        int[] b = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        System.arraycopy(b, 3, b, 0, 7);
        System.out.println("overlap left:  " + Arrays.toString(b));
        // zero length at the end is fine
        System.arraycopy(src, 10, dst, 10, 0);
        System.out.println("zero-length copy at end ok");
        // object arrays
        String[] s1 = {"a", "b", "c", "d"};
        Object[] o1 = new Object[6];
        System.arraycopy(s1, 1, o1, 2, 3);
        System.out.println(Arrays.toString(o1));
        Object[] mixed = {"x", "y", 3};
        String[] strs = new String[3];
        try {
            System.arraycopy(mixed, 0, strs, 0, 3);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
            System.out.println("partial copy: " + Arrays.toString(strs));
        }
        // other primitive types
        char[] cs = "hello world".toCharArray();
        char[] cd = new char[5];
        System.arraycopy(cs, 6, cd, 0, 5);
        System.out.println(new String(cd));
        long[] ls = {1L << 40, -1L, 7L};
        long[] ld = new long[5];
        System.arraycopy(ls, 0, ld, 1, 3);
        System.out.println(Arrays.toString(ld));
        double[] ds = {0.5, 1.5};
        double[] dd = new double[2];
        System.arraycopy(ds, 0, dd, 0, 2);
        System.out.println(Arrays.toString(dd));
        byte[] bs = {1, 2, 3, 4};
        System.arraycopy(bs, 0, bs, 1, 3);
        System.out.println(Arrays.toString(bs));
        boolean[] zs = {true, false, true};
        boolean[] zd = new boolean[3];
        System.arraycopy(zs, 1, zd, 0, 2);
        System.out.println(Arrays.toString(zd));
        // exceptions
        try {
            System.arraycopy(src, 5, dst, 0, 6);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, dst, 8, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            System.arraycopy(src, -1, dst, 0, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, dst, -2, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, dst, 0, -3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("AIOOBE: " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, new long[10], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            System.arraycopy(src, 0, new Object[10], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            System.arraycopy("not an array", 0, dst, 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        try {
            System.arraycopy(null, 0, dst, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getClass().getName());
        }
        try {
            System.arraycopy(src, 0, null, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getClass().getName());
        }
        // growing an array manually
        int[] grow = new int[1];
        int size = 0;
        for (int i = 0; i < 20; i++) {
            if (size == grow.length) {
                int[] bigger = new int[grow.length * 2];
                System.arraycopy(grow, 0, bigger, 0, size);
                grow = bigger;
            }
            grow[size++] = i * i;
        }
        System.out.println("grown to " + grow.length + ": " + Arrays.toString(Arrays.copyOf(grow, size)));
    }
}
