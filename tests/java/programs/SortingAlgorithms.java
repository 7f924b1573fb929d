import java.util.Arrays;
import java.util.Random;

public class SortingAlgorithms {
    static long comparisons;

    static boolean less(int a, int b) {
        comparisons++;
        return a < b;
    }

    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = partition(a, lo, hi);
        quicksort(a, lo, p - 1);
        quicksort(a, p + 1, hi);
    }

    static int partition(int[] a, int lo, int hi) {
        int mid = lo + (hi - lo) / 2;
        swap(a, mid, hi);
        int pivot = a[hi];
        int i = lo;
        for (int j = lo; j < hi; j++) {
            if (less(a[j], pivot)) swap(a, i++, j);
        }
        swap(a, i, hi);
        return i;
    }

    static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static void mergesort(int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 1) return;
        int mid = (lo + hi) >>> 1;
        mergesort(a, tmp, lo, mid);
        mergesort(a, tmp, mid + 1, hi);
        System.arraycopy(a, lo, tmp, lo, hi - lo + 1);
        int i = lo, j = mid + 1;
        for (int k = lo; k <= hi; k++) {
            if (i > mid) a[k] = tmp[j++];
            else if (j > hi) a[k] = tmp[i++];
            else if (less(tmp[j], tmp[i])) a[k] = tmp[j++];
            else a[k] = tmp[i++];
        }
    }

    static void heapsort(int[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) {
            swap(a, 0, end);
            sift(a, 0, end);
        }
    }

    static void sift(int[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, big = i;
            if (l < n && less(a[big], a[l])) big = l;
            if (r < n && less(a[big], a[r])) big = r;
            if (big == i) return;
            swap(a, i, big);
            i = big;
        }
    }

    static void shellsort(int[] a) {
        int h = 1;
        while (h < a.length / 3) h = 3 * h + 1;
        while (h >= 1) {
            for (int i = h; i < a.length; i++) {
                for (int j = i; j >= h && less(a[j], a[j - h]); j -= h) swap(a, j, j - h);
            }
            h /= 3;
        }
    }

    static void countingSort(int[] a, int max) {
        int[] counts = new int[max + 1];
        for (int v : a) counts[v]++;
        int k = 0;
        for (int v = 0; v <= max; v++) while (counts[v]-- > 0) a[k++] = v;
    }

    static boolean sorted(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false;
        return true;
    }

    static long checksum(int[] a) {
        long h = 17;
        for (int v : a) h = h * 31 + v;
        return h;
    }

    public static void main(String[] args) {
        Random rnd = new Random(12345);
        int[] data = new int[3000];
        for (int i = 0; i < data.length; i++) data[i] = rnd.nextInt(10000);
        System.out.println("first values: " + Arrays.toString(Arrays.copyOf(data, 12)));
        int[] reference = data.clone();
        Arrays.sort(reference);
        System.out.println("reference checksum " + checksum(reference) + " min " + reference[0] + " max " + reference[reference.length - 1]);
        int[] q = data.clone();
        comparisons = 0;
        quicksort(q, 0, q.length - 1);
        System.out.println("quicksort sorted=" + sorted(q) + " same=" + Arrays.equals(q, reference) + " comparisons=" + comparisons);
        int[] m = data.clone();
        comparisons = 0;
        mergesort(m, new int[m.length], 0, m.length - 1);
        System.out.println("mergesort sorted=" + sorted(m) + " same=" + Arrays.equals(m, reference) + " comparisons=" + comparisons);
        int[] h = data.clone();
        comparisons = 0;
        heapsort(h);
        System.out.println("heapsort sorted=" + sorted(h) + " same=" + Arrays.equals(h, reference) + " comparisons=" + comparisons);
        int[] s = data.clone();
        comparisons = 0;
        shellsort(s);
        System.out.println("shellsort sorted=" + sorted(s) + " same=" + Arrays.equals(s, reference) + " comparisons=" + comparisons);
        int[] c = data.clone();
        countingSort(c, 9999);
        System.out.println("counting sort same=" + Arrays.equals(c, reference));
        // already sorted and reversed inputs
        int[] asc = new int[500];
        for (int i = 0; i < asc.length; i++) asc[i] = i;
        int[] desc = new int[500];
        for (int i = 0; i < desc.length; i++) desc[i] = 500 - i;
        comparisons = 0;
        quicksort(asc, 0, asc.length - 1);
        long ascCmp = comparisons;
        comparisons = 0;
        quicksort(desc, 0, desc.length - 1);
        System.out.println("quicksort on sorted: " + ascCmp + " comparisons, on reversed: " + comparisons + " sorted=" + sorted(desc));
        // random longs and doubles through the library sort
        long[] ls = new long[10];
        for (int i = 0; i < ls.length; i++) ls[i] = rnd.nextLong();
        Arrays.sort(ls);
        System.out.println(Arrays.toString(ls));
        double[] ds = new double[8];
        for (int i = 0; i < ds.length; i++) ds[i] = rnd.nextDouble() * 100 - 50;
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        StringBuilder bools = new StringBuilder();
        for (int i = 0; i < 20; i++) bools.append(rnd.nextBoolean() ? '1' : '0');
        System.out.println(bools + " " + rnd.nextInt() + " " + rnd.nextInt(7) + " " + rnd.nextInt(1 << 20));
    }
}
