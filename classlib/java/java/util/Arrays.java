package java.util;

import java.lang.reflect.Array;

/**
 * Static methods for arrays: formatting, equality, hashing, filling,
 * copying, sorting and binary search, plus the fixed-size list view
 * {@link #asList}. Primitive arrays are sorted with an introsort (float and
 * double in the documented total order: -0.0 before 0.0, NaN last); object
 * arrays with a stable merge sort.
 */
public final class Arrays {

    private Arrays() {
    }

    /** Insertion-sort cutoff of the sorting algorithms. */
    private static final int INSERTION_SORT_THRESHOLD = 24;

    /** Checks a [fromIndex, toIndex) range against an array length, with the JDK's exceptions. */
    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
        if (fromIndex < 0) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + fromIndex);
        }
        if (toIndex > arrayLength) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + toIndex);
        }
    }
    // ---------------------------------------------------------------- toString

    public static String toString(long[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public static String toString(int[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public static String toString(short[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public static String toString(char[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public static String toString(byte[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public static String toString(boolean[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public static String toString(float[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public static String toString(double[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    public static String toString(Object[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(',').append(' ');
        }
    }

    // ---------------------------------------------------------------- hashCode

    public static int hashCode(long[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            long e = a[i];
            result = 31 * result + (int) (e ^ (e >>> 32));
        }
        return result;
    }

    public static int hashCode(int[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            int e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static int hashCode(short[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            short e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static int hashCode(char[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            char e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static int hashCode(byte[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            byte e = a[i];
            result = 31 * result + e;
        }
        return result;
    }

    public static int hashCode(boolean[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            boolean e = a[i];
            result = 31 * result + (e ? 1231 : 1237);
        }
        return result;
    }

    public static int hashCode(float[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            float e = a[i];
            result = 31 * result + Float.floatToIntBits(e);
        }
        return result;
    }

    public static int hashCode(double[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            double e = a[i];
            long bits = Double.doubleToLongBits(e);
            result = 31 * result + (int) (bits ^ (bits >>> 32));
        }
        return result;
    }

    public static int hashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            Object e = a[i];
            result = 31 * result + (e == null ? 0 : e.hashCode());
        }
        return result;
    }

    // ---------------------------------------------------------------- equals

    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(short[] a, short[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (a[i] != a2[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(float[] a, float[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Float.floatToIntBits(a[i]) != Float.floatToIntBits(a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(a2[i])) {
                return false;
            }
        }
        return true;
    }

    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!Objects.equals(a[i], a2[i])) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- fill

    public static void fill(long[] a, long val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(int[] a, int val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(short[] a, short val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(char[] a, char val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(byte[] a, byte val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(boolean[] a, boolean val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(float[] a, float val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(double[] a, double val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static void fill(Object[] a, Object val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    // ---------------------------------------------------------------- copyOf, copyOfRange

    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static long[] copyOfRange(long[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        long[] copy = new long[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static int[] copyOfRange(int[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        int[] copy = new int[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static short[] copyOfRange(short[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        short[] copy = new short[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static char[] copyOfRange(char[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        char[] copy = new char[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static byte[] copyOfRange(byte[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        byte[] copy = new byte[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static float[] copyOfRange(float[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        float[] copy = new float[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static double[] copyOfRange(double[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        double[] copy = new double[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    /** Copies into a new array of the same runtime component type as {@code original}. */
    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        T[] copy = (T[]) Array.newInstance(original.getClass().getComponentType(), newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
        T[] copy = (T[]) Array.newInstance(newType.getComponentType(), newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        return copyOfRange(original, from, to, (Class<? extends T[]>) original.getClass());
    }

    @SuppressWarnings("unchecked")
    public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        T[] copy = (T[]) Array.newInstance(newType.getComponentType(), newLength);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }

    // ---------------------------------------------------------------- sort (primitive arrays)

    /** Sorts into ascending numerical order. */
    public static void sort(int[] a) {
        introSort(a, 0, a.length, depthLimit(a.length));
    }

    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        introSort(a, fromIndex, toIndex, depthLimit(toIndex - fromIndex));
    }

    /** Sorts a[lo, hi) numerically: quicksort with 3-way partitioning, heapsort when too deep, insertion sort for short ranges. */
    private static void introSort(int[] a, int lo, int hi, int depth) {
        while (hi - lo > INSERTION_SORT_THRESHOLD) {
            if (depth == 0) {
                heapSort(a, lo, hi);
                return;
            }
            depth--;
            int mid = (lo + hi) >>> 1;
            int x = a[lo];
            int y = a[mid];
            int z = a[hi - 1];
            int p;
            if (x < y) {
                p = (y < z) ? y : ((x < z) ? z : x);
            } else {
                p = (x < z) ? x : ((y < z) ? z : y);
            }
            // [lo, lt) < p, [lt, i) == p, (gt, hi) > p
            int lt = lo;
            int i = lo;
            int gt = hi - 1;
            while (i <= gt) {
                int v = a[i];
                if (v < p) {
                    a[i] = a[lt];
                    a[lt] = v;
                    lt++;
                    i++;
                } else if (v > p) {
                    a[i] = a[gt];
                    a[gt] = v;
                    gt--;
                } else {
                    i++;
                }
            }
            // recurse into the smaller side, loop on the larger one
            if (lt - lo < hi - gt - 1) {
                introSort(a, lo, lt, depth);
                lo = gt + 1;
            } else {
                introSort(a, gt + 1, hi, depth);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(int[] a, int lo, int hi) {
        int n = hi - lo;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int tmp = a[lo];
            a[lo] = a[lo + end];
            a[lo + end] = tmp;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(int[] a, int lo, int k, int n) {
        int v = a[lo + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (!(v < a[lo + child])) {
                break;
            }
            a[lo + k] = a[lo + child];
            k = child;
        }
        a[lo + k] = v;
    }

    /** Sorts into ascending numerical order. */
    public static void sort(long[] a) {
        introSort(a, 0, a.length, depthLimit(a.length));
    }

    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        introSort(a, fromIndex, toIndex, depthLimit(toIndex - fromIndex));
    }

    /** Sorts a[lo, hi) numerically: quicksort with 3-way partitioning, heapsort when too deep, insertion sort for short ranges. */
    private static void introSort(long[] a, int lo, int hi, int depth) {
        while (hi - lo > INSERTION_SORT_THRESHOLD) {
            if (depth == 0) {
                heapSort(a, lo, hi);
                return;
            }
            depth--;
            int mid = (lo + hi) >>> 1;
            long x = a[lo];
            long y = a[mid];
            long z = a[hi - 1];
            long p;
            if (x < y) {
                p = (y < z) ? y : ((x < z) ? z : x);
            } else {
                p = (x < z) ? x : ((y < z) ? z : y);
            }
            // [lo, lt) < p, [lt, i) == p, (gt, hi) > p
            int lt = lo;
            int i = lo;
            int gt = hi - 1;
            while (i <= gt) {
                long v = a[i];
                if (v < p) {
                    a[i] = a[lt];
                    a[lt] = v;
                    lt++;
                    i++;
                } else if (v > p) {
                    a[i] = a[gt];
                    a[gt] = v;
                    gt--;
                } else {
                    i++;
                }
            }
            // recurse into the smaller side, loop on the larger one
            if (lt - lo < hi - gt - 1) {
                introSort(a, lo, lt, depth);
                lo = gt + 1;
            } else {
                introSort(a, gt + 1, hi, depth);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            long v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(long[] a, int lo, int hi) {
        int n = hi - lo;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            long tmp = a[lo];
            a[lo] = a[lo + end];
            a[lo + end] = tmp;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(long[] a, int lo, int k, int n) {
        long v = a[lo + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (!(v < a[lo + child])) {
                break;
            }
            a[lo + k] = a[lo + child];
            k = child;
        }
        a[lo + k] = v;
    }

    /** Sorts into ascending numerical order. */
    public static void sort(short[] a) {
        introSort(a, 0, a.length, depthLimit(a.length));
    }

    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        introSort(a, fromIndex, toIndex, depthLimit(toIndex - fromIndex));
    }

    /** Sorts a[lo, hi) numerically: quicksort with 3-way partitioning, heapsort when too deep, insertion sort for short ranges. */
    private static void introSort(short[] a, int lo, int hi, int depth) {
        while (hi - lo > INSERTION_SORT_THRESHOLD) {
            if (depth == 0) {
                heapSort(a, lo, hi);
                return;
            }
            depth--;
            int mid = (lo + hi) >>> 1;
            short x = a[lo];
            short y = a[mid];
            short z = a[hi - 1];
            short p;
            if (x < y) {
                p = (y < z) ? y : ((x < z) ? z : x);
            } else {
                p = (x < z) ? x : ((y < z) ? z : y);
            }
            // [lo, lt) < p, [lt, i) == p, (gt, hi) > p
            int lt = lo;
            int i = lo;
            int gt = hi - 1;
            while (i <= gt) {
                short v = a[i];
                if (v < p) {
                    a[i] = a[lt];
                    a[lt] = v;
                    lt++;
                    i++;
                } else if (v > p) {
                    a[i] = a[gt];
                    a[gt] = v;
                    gt--;
                } else {
                    i++;
                }
            }
            // recurse into the smaller side, loop on the larger one
            if (lt - lo < hi - gt - 1) {
                introSort(a, lo, lt, depth);
                lo = gt + 1;
            } else {
                introSort(a, gt + 1, hi, depth);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            short v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(short[] a, int lo, int hi) {
        int n = hi - lo;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            short tmp = a[lo];
            a[lo] = a[lo + end];
            a[lo + end] = tmp;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(short[] a, int lo, int k, int n) {
        short v = a[lo + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (!(v < a[lo + child])) {
                break;
            }
            a[lo + k] = a[lo + child];
            k = child;
        }
        a[lo + k] = v;
    }

    /** Sorts into ascending numerical order. */
    public static void sort(char[] a) {
        introSort(a, 0, a.length, depthLimit(a.length));
    }

    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        introSort(a, fromIndex, toIndex, depthLimit(toIndex - fromIndex));
    }

    /** Sorts a[lo, hi) numerically: quicksort with 3-way partitioning, heapsort when too deep, insertion sort for short ranges. */
    private static void introSort(char[] a, int lo, int hi, int depth) {
        while (hi - lo > INSERTION_SORT_THRESHOLD) {
            if (depth == 0) {
                heapSort(a, lo, hi);
                return;
            }
            depth--;
            int mid = (lo + hi) >>> 1;
            char x = a[lo];
            char y = a[mid];
            char z = a[hi - 1];
            char p;
            if (x < y) {
                p = (y < z) ? y : ((x < z) ? z : x);
            } else {
                p = (x < z) ? x : ((y < z) ? z : y);
            }
            // [lo, lt) < p, [lt, i) == p, (gt, hi) > p
            int lt = lo;
            int i = lo;
            int gt = hi - 1;
            while (i <= gt) {
                char v = a[i];
                if (v < p) {
                    a[i] = a[lt];
                    a[lt] = v;
                    lt++;
                    i++;
                } else if (v > p) {
                    a[i] = a[gt];
                    a[gt] = v;
                    gt--;
                } else {
                    i++;
                }
            }
            // recurse into the smaller side, loop on the larger one
            if (lt - lo < hi - gt - 1) {
                introSort(a, lo, lt, depth);
                lo = gt + 1;
            } else {
                introSort(a, gt + 1, hi, depth);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            char v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(char[] a, int lo, int hi) {
        int n = hi - lo;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            char tmp = a[lo];
            a[lo] = a[lo + end];
            a[lo + end] = tmp;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(char[] a, int lo, int k, int n) {
        char v = a[lo + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (!(v < a[lo + child])) {
                break;
            }
            a[lo + k] = a[lo + child];
            k = child;
        }
        a[lo + k] = v;
    }

    /** Sorts into ascending numerical order. */
    public static void sort(byte[] a) {
        introSort(a, 0, a.length, depthLimit(a.length));
    }

    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        introSort(a, fromIndex, toIndex, depthLimit(toIndex - fromIndex));
    }

    /** Sorts a[lo, hi) numerically: quicksort with 3-way partitioning, heapsort when too deep, insertion sort for short ranges. */
    private static void introSort(byte[] a, int lo, int hi, int depth) {
        while (hi - lo > INSERTION_SORT_THRESHOLD) {
            if (depth == 0) {
                heapSort(a, lo, hi);
                return;
            }
            depth--;
            int mid = (lo + hi) >>> 1;
            byte x = a[lo];
            byte y = a[mid];
            byte z = a[hi - 1];
            byte p;
            if (x < y) {
                p = (y < z) ? y : ((x < z) ? z : x);
            } else {
                p = (x < z) ? x : ((y < z) ? z : y);
            }
            // [lo, lt) < p, [lt, i) == p, (gt, hi) > p
            int lt = lo;
            int i = lo;
            int gt = hi - 1;
            while (i <= gt) {
                byte v = a[i];
                if (v < p) {
                    a[i] = a[lt];
                    a[lt] = v;
                    lt++;
                    i++;
                } else if (v > p) {
                    a[i] = a[gt];
                    a[gt] = v;
                    gt--;
                } else {
                    i++;
                }
            }
            // recurse into the smaller side, loop on the larger one
            if (lt - lo < hi - gt - 1) {
                introSort(a, lo, lt, depth);
                lo = gt + 1;
            } else {
                introSort(a, gt + 1, hi, depth);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            byte v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(byte[] a, int lo, int hi) {
        int n = hi - lo;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            byte tmp = a[lo];
            a[lo] = a[lo + end];
            a[lo + end] = tmp;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(byte[] a, int lo, int k, int n) {
        byte v = a[lo + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (!(v < a[lo + child])) {
                break;
            }
            a[lo + k] = a[lo + child];
            k = child;
        }
        a[lo + k] = v;
    }

    /** Sorts into ascending order: -0.0 before 0.0 and NaN (all NaNs equal) after everything else. */
    public static void sort(float[] a) {
        sortFloating(a, 0, a.length);
    }

    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortFloating(a, fromIndex, toIndex);
    }

    /**
     * Moves NaNs to the end, sorts the rest with the numerical {@code <}
     * (which treats -0.0 and 0.0 as equal) and finally rewrites the run of
     * zeros so that the negative zeros come first.
     */
    private static void sortFloating(float[] a, int lo, int hi) {
        int end = hi;
        for (int i = hi - 1; i >= lo; i--) {
            float v = a[i];
            if (v != v) {
                end--;
                a[i] = a[end];
                a[end] = v;
            }
        }
        introSort(a, lo, end, depthLimit(end - lo));
        // first index holding a value >= 0
        int left = lo;
        int right = end;
        while (left < right) {
            int mid = (left + right) >>> 1;
            if (a[mid] < 0) {
                left = mid + 1;
            } else {
                right = mid;
            }
        }
        int negZeros = 0;
        int z = left;
        while (z < end && a[z] == 0) {
            if (Float.floatToIntBits(a[z]) < 0) {
                negZeros++;
            }
            z++;
        }
        for (int i = left; i < z; i++) {
            a[i] = (i - left < negZeros) ? -0.0f : 0.0f;
        }
    }

    /** Sorts a[lo, hi) numerically: quicksort with 3-way partitioning, heapsort when too deep, insertion sort for short ranges. */
    private static void introSort(float[] a, int lo, int hi, int depth) {
        while (hi - lo > INSERTION_SORT_THRESHOLD) {
            if (depth == 0) {
                heapSort(a, lo, hi);
                return;
            }
            depth--;
            int mid = (lo + hi) >>> 1;
            float x = a[lo];
            float y = a[mid];
            float z = a[hi - 1];
            float p;
            if (x < y) {
                p = (y < z) ? y : ((x < z) ? z : x);
            } else {
                p = (x < z) ? x : ((y < z) ? z : y);
            }
            // [lo, lt) < p, [lt, i) == p, (gt, hi) > p
            int lt = lo;
            int i = lo;
            int gt = hi - 1;
            while (i <= gt) {
                float v = a[i];
                if (v < p) {
                    a[i] = a[lt];
                    a[lt] = v;
                    lt++;
                    i++;
                } else if (v > p) {
                    a[i] = a[gt];
                    a[gt] = v;
                    gt--;
                } else {
                    i++;
                }
            }
            // recurse into the smaller side, loop on the larger one
            if (lt - lo < hi - gt - 1) {
                introSort(a, lo, lt, depth);
                lo = gt + 1;
            } else {
                introSort(a, gt + 1, hi, depth);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            float v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(float[] a, int lo, int hi) {
        int n = hi - lo;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            float tmp = a[lo];
            a[lo] = a[lo + end];
            a[lo + end] = tmp;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(float[] a, int lo, int k, int n) {
        float v = a[lo + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (!(v < a[lo + child])) {
                break;
            }
            a[lo + k] = a[lo + child];
            k = child;
        }
        a[lo + k] = v;
    }

    /** Sorts into ascending order: -0.0 before 0.0 and NaN (all NaNs equal) after everything else. */
    public static void sort(double[] a) {
        sortFloating(a, 0, a.length);
    }

    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortFloating(a, fromIndex, toIndex);
    }

    /**
     * Moves NaNs to the end, sorts the rest with the numerical {@code <}
     * (which treats -0.0 and 0.0 as equal) and finally rewrites the run of
     * zeros so that the negative zeros come first.
     */
    private static void sortFloating(double[] a, int lo, int hi) {
        int end = hi;
        for (int i = hi - 1; i >= lo; i--) {
            double v = a[i];
            if (v != v) {
                end--;
                a[i] = a[end];
                a[end] = v;
            }
        }
        introSort(a, lo, end, depthLimit(end - lo));
        // first index holding a value >= 0
        int left = lo;
        int right = end;
        while (left < right) {
            int mid = (left + right) >>> 1;
            if (a[mid] < 0) {
                left = mid + 1;
            } else {
                right = mid;
            }
        }
        int negZeros = 0;
        int z = left;
        while (z < end && a[z] == 0) {
            if (Double.doubleToLongBits(a[z]) < 0) {
                negZeros++;
            }
            z++;
        }
        for (int i = left; i < z; i++) {
            a[i] = (i - left < negZeros) ? -0.0d : 0.0d;
        }
    }

    /** Sorts a[lo, hi) numerically: quicksort with 3-way partitioning, heapsort when too deep, insertion sort for short ranges. */
    private static void introSort(double[] a, int lo, int hi, int depth) {
        while (hi - lo > INSERTION_SORT_THRESHOLD) {
            if (depth == 0) {
                heapSort(a, lo, hi);
                return;
            }
            depth--;
            int mid = (lo + hi) >>> 1;
            double x = a[lo];
            double y = a[mid];
            double z = a[hi - 1];
            double p;
            if (x < y) {
                p = (y < z) ? y : ((x < z) ? z : x);
            } else {
                p = (x < z) ? x : ((y < z) ? z : y);
            }
            // [lo, lt) < p, [lt, i) == p, (gt, hi) > p
            int lt = lo;
            int i = lo;
            int gt = hi - 1;
            while (i <= gt) {
                double v = a[i];
                if (v < p) {
                    a[i] = a[lt];
                    a[lt] = v;
                    lt++;
                    i++;
                } else if (v > p) {
                    a[i] = a[gt];
                    a[gt] = v;
                    gt--;
                } else {
                    i++;
                }
            }
            // recurse into the smaller side, loop on the larger one
            if (lt - lo < hi - gt - 1) {
                introSort(a, lo, lt, depth);
                lo = gt + 1;
            } else {
                introSort(a, gt + 1, hi, depth);
                hi = lt;
            }
        }
        for (int i = lo + 1; i < hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void heapSort(double[] a, int lo, int hi) {
        int n = hi - lo;
        for (int k = n / 2 - 1; k >= 0; k--) {
            siftDown(a, lo, k, n);
        }
        for (int end = n - 1; end > 0; end--) {
            double tmp = a[lo];
            a[lo] = a[lo + end];
            a[lo + end] = tmp;
            siftDown(a, lo, 0, end);
        }
    }

    private static void siftDown(double[] a, int lo, int k, int n) {
        double v = a[lo + k];
        for (;;) {
            int child = 2 * k + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && a[lo + child] < a[lo + child + 1]) {
                child++;
            }
            if (!(v < a[lo + child])) {
                break;
            }
            a[lo + k] = a[lo + child];
            k = child;
        }
        a[lo + k] = v;
    }

    /** Recursion budget of the introsort: about twice the binary logarithm of the length. */
    private static int depthLimit(int n) {
        return 2 * (32 - Integer.numberOfLeadingZeros(n | 1));
    }

    // ---------------------------------------------------------------- binarySearch (primitive arrays)

    /** Returns the index of {@code key}, or {@code -(insertion point) - 1}; the array must be sorted. */
    public static int binarySearch(int[] a, int key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(int[] a, int fromIndex, int toIndex, int key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Returns the index of {@code key}, or {@code -(insertion point) - 1}; the array must be sorted. */
    public static int binarySearch(long[] a, long key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(long[] a, int fromIndex, int toIndex, long key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Returns the index of {@code key}, or {@code -(insertion point) - 1}; the array must be sorted. */
    public static int binarySearch(short[] a, short key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(short[] a, int fromIndex, int toIndex, short key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            short midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Returns the index of {@code key}, or {@code -(insertion point) - 1}; the array must be sorted. */
    public static int binarySearch(char[] a, char key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(char[] a, int fromIndex, int toIndex, char key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            char midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Returns the index of {@code key}, or {@code -(insertion point) - 1}; the array must be sorted. */
    public static int binarySearch(byte[] a, byte key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(byte[] a, int fromIndex, int toIndex, byte key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            byte midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Returns the index of {@code key}, or {@code -(insertion point) - 1}; the array must be sorted. */
    public static int binarySearch(float[] a, float key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(float[] a, int fromIndex, int toIndex, float key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            float midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                // equal as numbers, or a NaN is involved: order by bits (-0.0 < 0.0, NaN last)
                int midBits = Float.floatToIntBits(midVal);
                int keyBits = Float.floatToIntBits(key);
                if (midBits == keyBits) {
                    return mid;
                } else if (midBits < keyBits) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
        }
        return -(low + 1);
    }

    /** Returns the index of {@code key}, or {@code -(insertion point) - 1}; the array must be sorted. */
    public static int binarySearch(double[] a, double key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(double[] a, int fromIndex, int toIndex, double key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            double midVal = a[mid];
            if (midVal < key) {
                low = mid + 1;
            } else if (midVal > key) {
                high = mid - 1;
            } else {
                // equal as numbers, or a NaN is involved: order by bits (-0.0 < 0.0, NaN last)
                long midBits = Double.doubleToLongBits(midVal);
                long keyBits = Double.doubleToLongBits(key);
                if (midBits == keyBits) {
                    return mid;
                } else if (midBits < keyBits) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
        }
        return -(low + 1);
    }

    // ---------------------------------------------------------------- sort (object arrays)

    /** Length of the runs the merge sort builds with insertion sort before merging. */
    private static final int MERGE_RUN = 16;

    /**
     * Sorts into the natural ordering of the elements. The sort is stable;
     * elements that are not mutually Comparable cause ClassCastException.
     */
    public static void sort(Object[] a) {
        mergeSort(a, 0, a.length, null);
    }

    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        mergeSort(a, fromIndex, toIndex, null);
    }

    /** Sorts with the comparator (natural ordering if it is null); stable. */
    public static <T> void sort(T[] a, Comparator<? super T> c) {
        mergeSort(a, 0, a.length, c);
    }

    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        mergeSort(a, fromIndex, toIndex, c);
    }

    /** Compares with the comparator, or naturally when it is null. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int cmp(Object x, Object y, Comparator c) {
        if (c == null) {
            return ((Comparable) x).compareTo(y);
        }
        return c.compare(x, y);
    }

    /**
     * Stable bottom-up merge sort of a[lo, hi): runs of MERGE_RUN elements are
     * sorted by insertion, then merged pairwise, alternating between the
     * array and one scratch buffer. Comparisons always ask whether a later
     * element is smaller than an earlier one, so equal elements keep their
     * order.
     */
    @SuppressWarnings("rawtypes")
    private static void mergeSort(Object[] a, int lo, int hi, Comparator c) {
        int n = hi - lo;
        if (n < 2) {
            return;
        }
        for (int s = lo; s < hi; s += MERGE_RUN) {
            int e = (hi - s > MERGE_RUN) ? s + MERGE_RUN : hi;
            for (int i = s + 1; i < e; i++) {
                Object x = a[i];
                int j = i;
                while (j > s && cmp(x, a[j - 1], c) < 0) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = x;
            }
        }
        if (n <= MERGE_RUN) {
            return;
        }
        Object[] src = a;
        int srcOff = lo;
        Object[] dst = new Object[n];
        int dstOff = 0;
        int width = MERGE_RUN;
        while (width < n) {
            int i = 0;
            while (i < n) {
                int mid = (n - i > width) ? i + width : n;
                int end = (n - mid > width) ? mid + width : n;
                mergeRuns(src, srcOff + i, srcOff + mid, srcOff + end, dst, dstOff + i, c);
                i = end;
            }
            Object[] t = src;
            src = dst;
            dst = t;
            int o = srcOff;
            srcOff = dstOff;
            dstOff = o;
            width = (width >= n - width) ? n : width * 2;
        }
        if (src != a) {
            System.arraycopy(src, srcOff, a, lo, n);
        }
    }

    /** Merges the sorted runs src[p, mid) and src[mid, end) into dst starting at d. */
    @SuppressWarnings("rawtypes")
    private static void mergeRuns(Object[] src, int p, int mid, int end, Object[] dst, int d, Comparator c) {
        int q = mid;
        if (p < mid && q < end && cmp(src[q], src[mid - 1], c) >= 0) {
            // already in order
            System.arraycopy(src, p, dst, d, end - p);
            return;
        }
        while (p < mid && q < end) {
            if (cmp(src[q], src[p], c) < 0) {
                dst[d++] = src[q++];
            } else {
                dst[d++] = src[p++];
            }
        }
        if (p < mid) {
            System.arraycopy(src, p, dst, d, mid - p);
        } else if (q < end) {
            System.arraycopy(src, q, dst, d, end - q);
        }
    }

    // ---------------------------------------------------------------- binarySearch (object arrays)

    /** Binary search by natural ordering; the array must be sorted accordingly. */
    public static int binarySearch(Object[] a, Object key) {
        return binarySearch0(a, 0, a.length, key, null);
    }

    public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, null);
    }

    /** Binary search with a comparator (natural ordering if it is null). */
    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        return binarySearch0(a, 0, a.length, key, c);
    }

    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, c);
    }

    @SuppressWarnings("rawtypes")
    private static int binarySearch0(Object[] a, int fromIndex, int toIndex, Object key, Comparator c) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int r = cmp(a[mid], key, c);
            if (r < 0) {
                low = mid + 1;
            } else if (r > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    // ---------------------------------------------------------------- deep methods

    /** Content equality that descends into nested arrays of any type. */
    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2) {
            return true;
        }
        if (a1 == null || a2 == null) {
            return false;
        }
        int length = a1.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            Object e1 = a1[i];
            Object e2 = a2[i];
            if (e1 == e2) {
                continue;
            }
            if (e1 == null) {
                return false;
            }
            if (!deepEquals0(e1, e2)) {
                return false;
            }
        }
        return true;
    }

    /** Equality of two non-null elements: by content if both are arrays of the same kind, else equals(). */
    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 instanceof Object[] && e2 instanceof Object[]) {
            return deepEquals((Object[]) e1, (Object[]) e2);
        } else if (e1 instanceof byte[] && e2 instanceof byte[]) {
            return equals((byte[]) e1, (byte[]) e2);
        } else if (e1 instanceof short[] && e2 instanceof short[]) {
            return equals((short[]) e1, (short[]) e2);
        } else if (e1 instanceof int[] && e2 instanceof int[]) {
            return equals((int[]) e1, (int[]) e2);
        } else if (e1 instanceof long[] && e2 instanceof long[]) {
            return equals((long[]) e1, (long[]) e2);
        } else if (e1 instanceof char[] && e2 instanceof char[]) {
            return equals((char[]) e1, (char[]) e2);
        } else if (e1 instanceof float[] && e2 instanceof float[]) {
            return equals((float[]) e1, (float[]) e2);
        } else if (e1 instanceof double[] && e2 instanceof double[]) {
            return equals((double[]) e1, (double[]) e2);
        } else if (e1 instanceof boolean[] && e2 instanceof boolean[]) {
            return equals((boolean[]) e1, (boolean[]) e2);
        } else {
            return e1.equals(e2);
        }
    }

    /** Hash code that descends into nested arrays (consistent with deepEquals). */
    public static int deepHashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (int i = 0; i < a.length; i++) {
            Object element = a[i];
            int elementHash;
            if (element == null) {
                elementHash = 0;
            } else if (element instanceof Object[]) {
                elementHash = deepHashCode((Object[]) element);
            } else if (element instanceof byte[]) {
                elementHash = hashCode((byte[]) element);
            } else if (element instanceof short[]) {
                elementHash = hashCode((short[]) element);
            } else if (element instanceof int[]) {
                elementHash = hashCode((int[]) element);
            } else if (element instanceof long[]) {
                elementHash = hashCode((long[]) element);
            } else if (element instanceof char[]) {
                elementHash = hashCode((char[]) element);
            } else if (element instanceof float[]) {
                elementHash = hashCode((float[]) element);
            } else if (element instanceof double[]) {
                elementHash = hashCode((double[]) element);
            } else if (element instanceof boolean[]) {
                elementHash = hashCode((boolean[]) element);
            } else {
                elementHash = element.hashCode();
            }
            result = 31 * result + elementHash;
        }
        return result;
    }

    /**
     * Formats nested arrays recursively; an array that contains itself
     * (directly or indirectly) is shown as "[...]" at the point of recursion.
     */
    public static String deepToString(Object[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder buf = new StringBuilder();
        deepToString(a, buf, new Object[8], 0);
        return buf.toString();
    }

    /** {@code open[0, depth)} are the arrays currently being formatted (compared by identity). */
    private static void deepToString(Object[] a, StringBuilder buf, Object[] open, int depth) {
        int iMax = a.length - 1;
        if (iMax == -1) {
            buf.append("[]");
            return;
        }
        if (depth == open.length) {
            Object[] bigger = new Object[depth * 2];
            System.arraycopy(open, 0, bigger, 0, depth);
            open = bigger;
        }
        open[depth] = a;
        buf.append('[');
        for (int i = 0;; i++) {
            Object element = a[i];
            if (element == null) {
                buf.append("null");
            } else if (element instanceof Object[]) {
                boolean seen = false;
                for (int k = 0; k <= depth; k++) {
                    if (open[k] == element) {
                        seen = true;
                        break;
                    }
                }
                if (seen) {
                    buf.append("[...]");
                } else {
                    deepToString((Object[]) element, buf, open, depth + 1);
                }
            } else if (element instanceof byte[]) {
                buf.append(toString((byte[]) element));
            } else if (element instanceof short[]) {
                buf.append(toString((short[]) element));
            } else if (element instanceof int[]) {
                buf.append(toString((int[]) element));
            } else if (element instanceof long[]) {
                buf.append(toString((long[]) element));
            } else if (element instanceof char[]) {
                buf.append(toString((char[]) element));
            } else if (element instanceof float[]) {
                buf.append(toString((float[]) element));
            } else if (element instanceof double[]) {
                buf.append(toString((double[]) element));
            } else if (element instanceof boolean[]) {
                buf.append(toString((boolean[]) element));
            } else {
                buf.append(element.toString());
            }
            if (i == iMax) {
                break;
            }
            buf.append(',').append(' ');
        }
        buf.append(']');
        open[depth] = null;
    }

    // ---------------------------------------------------------------- ranges, mismatch and lexicographic comparison

    /** Equality of a[aFromIndex, aToIndex) and b[bFromIndex, bToIndex). */
    public static boolean equals(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /** Index of the first mismatch in the first {@code length} elements of the two ranges, or -1. */
    private static int mismatch0(boolean[] a, int aFrom, boolean[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!(a[aFrom + i] == b[bFrom + i])) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first differing element (the shorter length if one is a prefix of the other), or -1. */
    public static int mismatch(boolean[] a, boolean[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    /** Lexicographic comparison (null arrays first, then by the first differing element, then by length). */
    public static int compare(boolean[] a, boolean[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Boolean.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compare(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return Boolean.compare(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }

    /** Equality of a[aFromIndex, aToIndex) and b[bFromIndex, bToIndex). */
    public static boolean equals(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /** Index of the first mismatch in the first {@code length} elements of the two ranges, or -1. */
    private static int mismatch0(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!(a[aFrom + i] == b[bFrom + i])) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first differing element (the shorter length if one is a prefix of the other), or -1. */
    public static int mismatch(byte[] a, byte[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    /** Lexicographic comparison (null arrays first, then by the first differing element, then by length). */
    public static int compare(byte[] a, byte[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Byte.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compare(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return Byte.compare(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }

    /** Equality of a[aFromIndex, aToIndex) and b[bFromIndex, bToIndex). */
    public static boolean equals(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /** Index of the first mismatch in the first {@code length} elements of the two ranges, or -1. */
    private static int mismatch0(short[] a, int aFrom, short[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!(a[aFrom + i] == b[bFrom + i])) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first differing element (the shorter length if one is a prefix of the other), or -1. */
    public static int mismatch(short[] a, short[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    /** Lexicographic comparison (null arrays first, then by the first differing element, then by length). */
    public static int compare(short[] a, short[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Short.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compare(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return Short.compare(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }

    /** Equality of a[aFromIndex, aToIndex) and b[bFromIndex, bToIndex). */
    public static boolean equals(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /** Index of the first mismatch in the first {@code length} elements of the two ranges, or -1. */
    private static int mismatch0(char[] a, int aFrom, char[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!(a[aFrom + i] == b[bFrom + i])) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first differing element (the shorter length if one is a prefix of the other), or -1. */
    public static int mismatch(char[] a, char[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    /** Lexicographic comparison (null arrays first, then by the first differing element, then by length). */
    public static int compare(char[] a, char[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Character.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compare(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return Character.compare(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }

    /** Equality of a[aFromIndex, aToIndex) and b[bFromIndex, bToIndex). */
    public static boolean equals(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /** Index of the first mismatch in the first {@code length} elements of the two ranges, or -1. */
    private static int mismatch0(int[] a, int aFrom, int[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!(a[aFrom + i] == b[bFrom + i])) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first differing element (the shorter length if one is a prefix of the other), or -1. */
    public static int mismatch(int[] a, int[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    /** Lexicographic comparison (null arrays first, then by the first differing element, then by length). */
    public static int compare(int[] a, int[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Integer.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compare(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return Integer.compare(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }

    /** Equality of a[aFromIndex, aToIndex) and b[bFromIndex, bToIndex). */
    public static boolean equals(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /** Index of the first mismatch in the first {@code length} elements of the two ranges, or -1. */
    private static int mismatch0(long[] a, int aFrom, long[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!(a[aFrom + i] == b[bFrom + i])) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first differing element (the shorter length if one is a prefix of the other), or -1. */
    public static int mismatch(long[] a, long[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    /** Lexicographic comparison (null arrays first, then by the first differing element, then by length). */
    public static int compare(long[] a, long[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Long.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compare(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return Long.compare(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }

    /** Equality of a[aFromIndex, aToIndex) and b[bFromIndex, bToIndex). */
    public static boolean equals(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /** Index of the first mismatch in the first {@code length} elements of the two ranges, or -1. */
    private static int mismatch0(float[] a, int aFrom, float[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!(Float.floatToIntBits(a[aFrom + i]) == Float.floatToIntBits(b[bFrom + i]))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first differing element (the shorter length if one is a prefix of the other), or -1. */
    public static int mismatch(float[] a, float[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    /** Lexicographic comparison (null arrays first, then by the first differing element, then by length). */
    public static int compare(float[] a, float[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Float.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compare(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return Float.compare(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }

    /** Equality of a[aFromIndex, aToIndex) and b[bFromIndex, bToIndex). */
    public static boolean equals(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /** Index of the first mismatch in the first {@code length} elements of the two ranges, or -1. */
    private static int mismatch0(double[] a, int aFrom, double[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!(Double.doubleToLongBits(a[aFrom + i]) == Double.doubleToLongBits(b[bFrom + i]))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first differing element (the shorter length if one is a prefix of the other), or -1. */
    public static int mismatch(double[] a, double[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    /** Lexicographic comparison (null arrays first, then by the first differing element, then by length). */
    public static int compare(double[] a, double[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Double.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compare(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return Double.compare(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }

    /** Equality of a[aFromIndex, aToIndex) and b[bFromIndex, bToIndex). */
    public static boolean equals(Object[] a, int aFromIndex, int aToIndex, Object[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int length = aToIndex - aFromIndex;
        if (length != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, length) < 0;
    }

    /** Index of the first mismatch in the first {@code length} elements of the two ranges, or -1. */
    private static int mismatch0(Object[] a, int aFrom, Object[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (!(Objects.equals(a[aFrom + i], b[bFrom + i]))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first differing element (the shorter length if one is a prefix of the other), or -1. */
    public static int mismatch(Object[] a, Object[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(Object[] a, int aFromIndex, int aToIndex, Object[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    /** Lexicographic comparison treating the elements as unsigned. */
    public static int compareUnsigned(byte[] a, byte[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return (a[i] & 0xff) - (b[i] & 0xff);
        }
        return a.length - b.length;
    }

    /** Lexicographic comparison treating the elements as unsigned. */
    public static int compareUnsigned(short[] a, short[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return (a[i] & 0xffff) - (b[i] & 0xffff);
        }
        return a.length - b.length;
    }

    /** Lexicographic comparison treating the elements as unsigned. */
    public static int compareUnsigned(int[] a, int[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Integer.compareUnsigned(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** Lexicographic comparison treating the elements as unsigned. */
    public static int compareUnsigned(long[] a, long[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch(a, b);
        if (i >= 0 && i < Math.min(a.length, b.length)) {
            return Long.compareUnsigned(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** Lexicographic comparison of arrays of comparable elements (null elements first). */
    public static <T extends Comparable<? super T>> int compare(T[] a, T[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob) {
                if (oa == null || ob == null) {
                    return oa == null ? -1 : 1;
                }
                int v = oa.compareTo(ob);
                if (v != 0) {
                    return v;
                }
            }
        }
        return a.length - b.length;
    }

    /** Lexicographic comparison of arrays with a comparator for the elements. */
    public static <T> int compare(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int length = Math.min(a.length, b.length);
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob) {
                int v = cmp.compare(oa, ob);
                if (v != 0) {
                    return v;
                }
            }
        }
        return a.length - b.length;
    }

    /** Index of the first mismatch by the comparator, or -1. */
    public static <T> int mismatch(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            T oa = a[i];
            T ob = b[i];
            if (oa != ob && cmp.compare(oa, ob) != 0) {
                return i;
            }
        }
        return a.length != b.length ? length : -1;
    }

    /** Equality by the comparator (0 means equal). */
    public static <T> boolean equals(T[] a, T[] a2, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (cmp.compare(a[i], a2[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- setAll and the parallel variants

    public static <T> void setAll(T[] array, java.util.function.IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.apply(i);
        }
    }

    public static void setAll(int[] array, java.util.function.IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsInt(i);
        }
    }

    public static void setAll(long[] array, java.util.function.IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsLong(i);
        }
    }

    public static void setAll(double[] array, java.util.function.IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsDouble(i);
        }
    }

    public static <T> void parallelSetAll(T[] array, java.util.function.IntFunction<? extends T> generator) {
        setAll(array, generator);
    }

    public static void parallelSetAll(int[] array, java.util.function.IntUnaryOperator generator) {
        setAll(array, generator);
    }

    public static void parallelSetAll(long[] array, java.util.function.IntToLongFunction generator) {
        setAll(array, generator);
    }

    public static void parallelSetAll(double[] array, java.util.function.IntToDoubleFunction generator) {
        setAll(array, generator);
    }

    /** Cumulates in place: a[i] = op(a[i - 1], a[i]). */
    public static <T> void parallelPrefix(T[] array, java.util.function.BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        for (int i = 1; i < array.length; i++) {
            array[i] = op.apply(array[i - 1], array[i]);
        }
    }

    public static void parallelPrefix(int[] array, java.util.function.IntBinaryOperator op) {
        Objects.requireNonNull(op);
        for (int i = 1; i < array.length; i++) {
            array[i] = op.applyAsInt(array[i - 1], array[i]);
        }
    }

    public static void parallelPrefix(long[] array, java.util.function.LongBinaryOperator op) {
        Objects.requireNonNull(op);
        for (int i = 1; i < array.length; i++) {
            array[i] = op.applyAsLong(array[i - 1], array[i]);
        }
    }

    public static void parallelPrefix(double[] array, java.util.function.DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        for (int i = 1; i < array.length; i++) {
            array[i] = op.applyAsDouble(array[i - 1], array[i]);
        }
    }

    public static void parallelSort(byte[] a) {
        sort(a);
    }

    public static void parallelSort(byte[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(char[] a) {
        sort(a);
    }

    public static void parallelSort(char[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(short[] a) {
        sort(a);
    }

    public static void parallelSort(short[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(int[] a) {
        sort(a);
    }

    public static void parallelSort(int[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(long[] a) {
        sort(a);
    }

    public static void parallelSort(long[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(float[] a) {
        sort(a);
    }

    public static void parallelSort(float[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static void parallelSort(double[] a) {
        sort(a);
    }

    public static void parallelSort(double[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static <T extends Comparable<? super T>> void parallelSort(T[] a) {
        sort(a);
    }

    public static <T extends Comparable<? super T>> void parallelSort(T[] a, int fromIndex, int toIndex) {
        sort(a, fromIndex, toIndex);
    }

    public static <T> void parallelSort(T[] a, Comparator<? super T> cmp) {
        sort(a, cmp);
    }

    public static <T> void parallelSort(T[] a, int fromIndex, int toIndex, Comparator<? super T> cmp) {
        sort(a, fromIndex, toIndex, cmp);
    }

    // ---------------------------------------------------------------- asList

    /**
     * Returns a fixed-size list backed by the array: writes go through to the
     * array, while adding or removing elements throws
     * UnsupportedOperationException.
     */
    public static <T> List<T> asList(T... a) {
        return new ArrayList<T>(a);
    }

    /** The list view returned by {@link Arrays#asList}. */
    private static class ArrayList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final E[] a;

        ArrayList(E[] array) {
            a = Objects.requireNonNull(array);
        }

        public int size() {
            return a.length;
        }

        public Object[] toArray() {
            Object[] r = new Object[a.length];
            System.arraycopy(a, 0, r, 0, a.length);
            return r;
        }

        @SuppressWarnings("unchecked")
        public <T> T[] toArray(T[] r) {
            int size = size();
            if (r.length < size) {
                return (T[]) Arrays.copyOf(this.a, size, r.getClass());
            }
            System.arraycopy(this.a, 0, r, 0, size);
            if (r.length > size) {
                r[size] = null;
            }
            return r;
        }

        public E get(int index) {
            return a[index];
        }

        public E set(int index, E element) {
            E oldValue = a[index];
            a[index] = element;
            return oldValue;
        }

        public int indexOf(Object o) {
            E[] a = this.a;
            if (o == null) {
                for (int i = 0; i < a.length; i++) {
                    if (a[i] == null) {
                        return i;
                    }
                }
            } else {
                for (int i = 0; i < a.length; i++) {
                    if (o.equals(a[i])) {
                        return i;
                    }
                }
            }
            return -1;
        }

        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        public void sort(Comparator<? super E> c) {
            Arrays.sort(a, c);
        }

        public void replaceAll(java.util.function.UnaryOperator<E> operator) {
            Objects.requireNonNull(operator);
            E[] a = this.a;
            for (int i = 0; i < a.length; i++) {
                a[i] = operator.apply(a[i]);
            }
        }

        public void forEach(java.util.function.Consumer<? super E> action) {
            Objects.requireNonNull(action);
            for (E e : a) {
                action.accept(e);
            }
        }

        public Iterator<E> iterator() {
            return new ArrayItr();
        }

        private final class ArrayItr implements Iterator<E> {
            private int cursor;

            public boolean hasNext() {
                return cursor < a.length;
            }

            public E next() {
                int i = cursor;
                if (i >= a.length) {
                    throw new NoSuchElementException();
                }
                cursor = i + 1;
                return a[i];
            }
        }
    }

    /** Checks a stream range of an array: origin <= fence, 0 <= origin, fence <= length. */
    private static void streamRangeCheck(int length, int origin, int fence) {
        if (origin > fence) {
            throw new ArrayIndexOutOfBoundsException("origin(" + origin + ") > fence(" + fence + ")");
        }
        if (origin < 0) {
            throw new ArrayIndexOutOfBoundsException(origin);
        }
        if (fence > length) {
            throw new ArrayIndexOutOfBoundsException(fence);
        }
    }

    public static <T> java.util.stream.Stream<T> stream(T[] array) {
        return stream(array, 0, array.length);
    }

    public static <T> java.util.stream.Stream<T> stream(T[] array, int startInclusive, int endExclusive) {
        streamRangeCheck(array.length, startInclusive, endExclusive);
        return jdk.internal.stream.RefPipeline.ofArray(array, startInclusive, endExclusive);
    }

    public static java.util.stream.IntStream stream(int[] array) {
        return stream(array, 0, array.length);
    }

    public static java.util.stream.IntStream stream(int[] array, int startInclusive, int endExclusive) {
        streamRangeCheck(array.length, startInclusive, endExclusive);
        return jdk.internal.stream.IntPipeline.ofArray(array, startInclusive, endExclusive);
    }

    public static java.util.stream.LongStream stream(long[] array) {
        return stream(array, 0, array.length);
    }

    public static java.util.stream.LongStream stream(long[] array, int startInclusive, int endExclusive) {
        streamRangeCheck(array.length, startInclusive, endExclusive);
        return jdk.internal.stream.LongPipeline.ofArray(array, startInclusive, endExclusive);
    }

    public static java.util.stream.DoubleStream stream(double[] array) {
        return stream(array, 0, array.length);
    }

    public static java.util.stream.DoubleStream stream(double[] array, int startInclusive, int endExclusive) {
        streamRangeCheck(array.length, startInclusive, endExclusive);
        return jdk.internal.stream.DoublePipeline.ofArray(array, startInclusive, endExclusive);
    }
}
