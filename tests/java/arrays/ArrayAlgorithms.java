import java.util.Arrays;

public class ArrayAlgorithms {
    static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static void rotateLeft(int[] a, int k) {
        k %= a.length;
        reverse(a, 0, k - 1);
        reverse(a, k, a.length - 1);
        reverse(a, 0, a.length - 1);
    }

    static void reverse(int[] a, int lo, int hi) {
        while (lo < hi) {
            int t = a[lo];
            a[lo++] = a[hi];
            a[hi--] = t;
        }
    }

    static int[] prefixSums(int[] a) {
        int[] p = new int[a.length + 1];
        for (int i = 0; i < a.length; i++) p[i + 1] = p[i] + a[i];
        return p;
    }

    static int maxSubarray(int[] a) {
        int best = a[0], cur = a[0];
        for (int i = 1; i < a.length; i++) {
            cur = Math.max(a[i], cur + a[i]);
            best = Math.max(best, cur);
        }
        return best;
    }

    static int[] merge(int[] x, int[] y) {
        int[] out = new int[x.length + y.length];
        int i = 0, j = 0, k = 0;
        while (i < x.length && j < y.length) out[k++] = x[i] <= y[j] ? x[i++] : y[j++];
        while (i < x.length) out[k++] = x[i++];
        while (j < y.length) out[k++] = y[j++];
        return out;
    }

    static int dedupe(int[] sorted) {
        if (sorted.length == 0) return 0;
        int w = 1;
        for (int r = 1; r < sorted.length; r++) {
            if (sorted[r] != sorted[w - 1]) sorted[w++] = sorted[r];
        }
        return w;
    }

    static void insertionSort(double[] a) {
        for (int i = 1; i < a.length; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    static int[][] spiral(int n) {
        int[][] m = new int[n][n];
        int top = 0, bottom = n - 1, left = 0, right = n - 1, v = 1;
        while (top <= bottom && left <= right) {
            for (int c = left; c <= right; c++) m[top][c] = v++;
            top++;
            for (int r = top; r <= bottom; r++) m[r][right] = v++;
            right--;
            for (int c = right; c >= left && top <= bottom; c--) m[bottom][c] = v++;
            bottom--;
            for (int r = bottom; r >= top && left <= right; r--) m[r][left] = v++;
            left++;
        }
        return m;
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5, 6, 7};
        reverse(a);
        System.out.println("reversed " + Arrays.toString(a));
        reverse(a);
        rotateLeft(a, 3);
        System.out.println("rotated " + Arrays.toString(a));
        System.out.println("prefix " + Arrays.toString(prefixSums(new int[] {3, -1, 4, -1, 5})));
        System.out.println("max subarray " + maxSubarray(new int[] {-2, 1, -3, 4, -1, 2, 1, -5, 4}));
        System.out.println("merge " + Arrays.toString(merge(new int[] {1, 4, 9}, new int[] {2, 3, 10, 11})));
        int[] d = {1, 1, 2, 3, 3, 3, 4, 5, 5};
        int n = dedupe(d);
        System.out.println("dedupe " + n + " " + Arrays.toString(Arrays.copyOf(d, n)));
        double[] ds = {3.5, -1.25, 2.0, 0.0, 9.75, -3.0};
        insertionSort(ds);
        System.out.println("insertion " + Arrays.toString(ds));
        for (int[] row : spiral(5)) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(String.format("%3d", v));
            System.out.println(sb);
        }
        // histogram
        int[] data = {1, 3, 3, 7, 1, 1, 9, 3, 0, 7};
        int[] hist = new int[10];
        for (int v : data) hist[v]++;
        for (int i = 0; i < hist.length; i++) {
            if (hist[i] == 0) continue;
            char[] bar = new char[hist[i]];
            Arrays.fill(bar, '#');
            System.out.println(i + " " + new String(bar));
        }
        // bubble sort on long array with count of swaps
        long[] ls = {50, 40, 30, 20, 10, 60};
        int swaps = 0;
        for (int i = 0; i < ls.length; i++) {
            for (int j = 0; j + 1 < ls.length - i; j++) {
                if (ls[j] > ls[j + 1]) {
                    long t = ls[j];
                    ls[j] = ls[j + 1];
                    ls[j + 1] = t;
                    swaps++;
                }
            }
        }
        System.out.println(Arrays.toString(ls) + " swaps=" + swaps);
    }
}
