// Checks java.util.Arrays helpers other than sort: binarySearch (found, not found
// insertion points, ranges, comparator), fill (whole and range), copyOf (truncate
// and pad with 0/null/false), copyOfRange (padding past the end, exceptions),
// asList (write-through set, add/remove throw UnsupportedOperationException),
// toString/deepToString (nested, null, self-reference), equals/deepEquals,
// hashCode/deepHashCode, Arrays.stream(int[]).sum(), setAll, mismatch and compare.
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class ArraysUtilities {
    public static void main(String[] args) {
        int[] sorted = {1, 3, 5, 7, 9, 11};
        for (int k : new int[] {1, 7, 11, 0, 4, 12}) {
            System.out.print("bs(" + k + ")=" + Arrays.binarySearch(sorted, k) + " ");
        }
        System.out.println();
        System.out.println("bs range [1,4) 7=" + Arrays.binarySearch(sorted, 1, 4, 7) + " 9=" + Arrays.binarySearch(sorted, 1, 4, 9)
                + " 0=" + Arrays.binarySearch(sorted, 1, 4, 0));
        char[] cs = {'a', 'c', 'e'};
        System.out.println("bs char d=" + Arrays.binarySearch(cs, 'd') + " long 5=" + Arrays.binarySearch(new long[] {1, 5, 9}, 5L)
                + " float 2.5=" + Arrays.binarySearch(new float[] {1f, 2f, 3f}, 2.5f));
        String[] words = {"apple", "banana", "cherry", "date"};
        System.out.println("bs String cherry=" + Arrays.binarySearch(words, "cherry") + " blueberry=" + Arrays.binarySearch(words, "blueberry"));
        String[] byLen = {"kiwi", "apple", "banana"};
        System.out.println("bs comparator len 5=" + Arrays.binarySearch(byLen, "xxxxx", Comparator.comparingInt(String::length))
                + " len 3=" + Arrays.binarySearch(byLen, "xxx", Comparator.comparingInt(String::length)));

        int[] f = new int[8];
        Arrays.fill(f, 7);
        Arrays.fill(f, 2, 5, -1);
        System.out.println("fill " + Arrays.toString(f));
        String[] fs = new String[4];
        Arrays.fill(fs, 1, 3, "s");
        System.out.println("fill String range " + Arrays.toString(fs));
        boolean[] fb = new boolean[3];
        Arrays.fill(fb, true);
        System.out.println("fill boolean " + Arrays.toString(fb));
        try {
            Arrays.fill(f, 5, 2, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("fill(5,2): " + e.getMessage());
        }

        int[] src = {1, 2, 3, 4, 5};
        System.out.println("copyOf 3 " + Arrays.toString(Arrays.copyOf(src, 3)) + " copyOf 8 " + Arrays.toString(Arrays.copyOf(src, 8)));
        System.out.println("copyOf String 6 " + Arrays.toString(Arrays.copyOf(words, 6)) + " boolean " + Arrays.toString(Arrays.copyOf(fb, 5))
                + " double " + Arrays.toString(Arrays.copyOf(new double[] {1.5}, 3)) + " char " + Arrays.toString(Arrays.copyOf(cs, 4)).replace('\0', '0'));
        System.out.println("copyOfRange [1,3) " + Arrays.toString(Arrays.copyOfRange(src, 1, 3)) + " [3,7) " + Arrays.toString(Arrays.copyOfRange(src, 3, 7))
                + " [5,5) " + Arrays.toString(Arrays.copyOfRange(src, 5, 5)));
        Object[] asObj = Arrays.copyOf(words, 2, Object[].class);
        System.out.println("copyOf newType " + asObj.getClass().getSimpleName() + " " + Arrays.toString(asObj));
        try {
            Arrays.copyOfRange(src, 4, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange(4,2): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Arrays.copyOfRange(src, 6, 7);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("copyOfRange(6,7): " + e.getClass().getName());
        }
        try {
            Arrays.copyOf(src, -1);
        } catch (NegativeArraySizeException e) {
            System.out.println("copyOf(-1): " + e.getClass().getName() + ": " + e.getMessage());
        }

        String[] backing = {"x", "y", "z"};
        List<String> view = Arrays.asList(backing);
        System.out.println("asList " + view + " size " + view.size() + " class " + view.getClass().getName());
        System.out.println("view.set(1, Y) " + view.set(1, "Y") + " backing " + Arrays.toString(backing));
        backing[2] = "Z";
        System.out.println("after backing[2]=Z view " + view + " indexOf Z " + view.indexOf("Z") + " contains x " + view.contains("x"));
        try {
            view.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            view.remove(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("asList remove: " + e.getClass().getName() + " " + e.getMessage());
        }
        view.sort(Comparator.reverseOrder());
        System.out.println("asList sort reverse -> backing " + Arrays.toString(backing));
        view.replaceAll(String::toLowerCase);
        System.out.println("asList replaceAll -> backing " + Arrays.toString(backing));
        System.out.println("asList(1,2,3) " + Arrays.asList(1, 2, 3) + " asList() " + Arrays.asList() + " asList null elem " + Arrays.asList("a", null));

        int[][] grid = {{1, 2}, {3}, {}, null};
        Object[] nested = {"s", new int[] {1, 2}, new String[] {"a", null}, new Object[] {new long[] {5L}, new char[] {'q'}}, null, new double[] {0.5}};
        System.out.println("toString(null int[]) " + Arrays.toString((int[]) null) + " empty " + Arrays.toString(new int[0]));
        System.out.println("deepToString grid " + Arrays.deepToString(grid));
        System.out.println("deepToString nested " + Arrays.deepToString(nested));
        Object[] self = new Object[2];
        self[0] = "me";
        self[1] = self;
        System.out.println("deepToString self " + Arrays.deepToString(self));
        System.out.println("toString boolean/char/float " + Arrays.toString(new boolean[] {true, false}) + Arrays.toString(new char[] {'h', 'i'})
                + Arrays.toString(new float[] {1f, -0.5f}) + Arrays.toString(new short[] {-1}) + Arrays.toString(new byte[] {127}));

        int[] a1 = {1, 2, 3};
        int[] a2 = {1, 2, 3};
        System.out.println("== " + (a1 == a2) + " equals " + Arrays.equals(a1, a2) + " equals diff " + Arrays.equals(a1, new int[] {1, 2}));
        System.out.println("equals ranges " + Arrays.equals(a1, 1, 3, new int[] {9, 2, 3}, 1, 3));
        double[] d1 = {Double.NaN, 0.0};
        double[] d2 = {Double.NaN, -0.0};
        System.out.println("double equals NaN " + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " 0.0 vs -0.0 " + Arrays.equals(d1, d2));
        int[][] g1 = {{1, 2}, {3}};
        int[][] g2 = {{1, 2}, {3}};
        System.out.println("equals nested " + Arrays.equals(g1, g2) + " deepEquals " + Arrays.deepEquals(g1, g2)
                + " deepEquals diff " + Arrays.deepEquals(g1, new int[][] {{1, 2}, {4}}));
        System.out.println("hashCode " + Arrays.hashCode(a1) + " " + Arrays.hashCode(new long[] {1L << 33, -1L}) + " " + Arrays.hashCode(new double[] {1.5, -0.0})
                + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode(words) + " null " + Arrays.hashCode((int[]) null)
                + " list " + List.of("apple", "banana", "cherry", "date").hashCode());
        System.out.println("deepHashCode " + Arrays.deepHashCode(g1) + " " + Arrays.deepHashCode(new Object[] {"a", new int[] {1}, null}));

        System.out.println("stream sum " + Arrays.stream(src).sum() + " range sum " + Arrays.stream(src, 1, 4).sum()
                + " long sum " + Arrays.stream(new long[] {1L << 40, 5L}).sum());
        int[] squares = new int[6];
        Arrays.setAll(squares, i -> i * i);
        System.out.println("setAll squares " + Arrays.toString(squares));
        String[] labels = new String[3];
        Arrays.setAll(labels, i -> "L" + i);
        System.out.println("setAll labels " + Arrays.toString(labels));

        System.out.println("mismatch " + Arrays.mismatch(a1, a2) + " " + Arrays.mismatch(a1, new int[] {1, 9, 3}) + " " + Arrays.mismatch(a1, new int[] {1, 2})
                + " " + Arrays.mismatch(new String[] {"a", "b"}, new String[] {"a", "c"}));
        System.out.println("compare " + Arrays.compare(a1, a2) + " " + Arrays.compare(a1, new int[] {1, 2, 4}) + " " + Arrays.compare(a1, new int[] {1, 2})
                + " " + Arrays.compare(new int[] {5}, new int[] {1, 2}) + " " + Arrays.compare((int[]) null, a1)
                + " strings " + Arrays.compare(new String[] {"b"}, new String[] {"a", "z"}) + " unsigned " + Arrays.compareUnsigned(new byte[] {-1}, new byte[] {1})
                + " signed " + Arrays.compare(new byte[] {-1}, new byte[] {1}));
    }
}
