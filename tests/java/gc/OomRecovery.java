import java.lang.ref.SoftReference;
import java.util.ArrayList;

// Exhausting the heap throws OutOfMemoryError, which the program catches
// and recovers from, several times; soft references are cleared before
// the error is thrown.
public class OomRecovery {
    static int fill(ArrayList<Object> hoard, int chunk) {
        try {
            while (true) {
                hoard.add(new long[chunk]);
            }
        } catch (OutOfMemoryError e) {
            int n = hoard.size();
            hoard.clear();
            System.out.println("caught: " + e.getMessage());
            return n;
        }
    }

    public static void main(String[] args) {
        SoftReference<long[]> soft = new SoftReference<>(new long[512 * 1024]);
        System.out.println("soft before: " + (soft.get() != null));
        ArrayList<Object> hoard = new ArrayList<>();
        int first = fill(hoard, 128 * 1024);
        System.out.println("soft after: " + (soft.get() != null));
        int second = fill(hoard, 1024);
        int third = fill(hoard, 100 * 1024);
        System.out.println("filled each time: " + (first > 4) + " " + (second > 1000) + " " + (third > 4));

        try {
            long[] huge = new long[Integer.MAX_VALUE / 2];
            System.out.println("allocated " + huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge: " + e.getMessage());
        }
        try {
            int[] tooBig = new int[Integer.MAX_VALUE];
            System.out.println("allocated " + tooBig.length);
        } catch (OutOfMemoryError e) {
            System.out.println("too big: " + e.getMessage());
        }
        long[] after = new long[1024 * 1024];
        after[after.length - 1] = 42;
        System.out.println("after recovery: " + after[after.length - 1]);
    }
}
