import java.util.ArrayList;

public class HeapExhaustion {
    public static void main(String[] args) {
        ArrayList<long[]> hoard = new ArrayList<>();
        try {
            while (true) {
                hoard.add(new long[256 * 1024]);
            }
        } catch (OutOfMemoryError e) {
            int n = hoard.size();
            hoard = null;
            System.out.println("caught " + e.getClass().getName() + ": " + e.getMessage());
            System.out.println("allocated more than 8 chunks: " + (n > 8));
        }
        System.out.println("still running");
    }
}
