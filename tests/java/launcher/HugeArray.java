public class HugeArray {
    public static void main(String[] args) {
        try {
            long[] a = new long[Integer.MAX_VALUE];
            System.out.println(a.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            int[] a = new int[Integer.MAX_VALUE - 8];
            System.out.println(a.length);
        } catch (OutOfMemoryError e) {
            System.out.println("caught: " + e.getMessage());
        }
    }
}
