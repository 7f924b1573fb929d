import java.util.ArrayList;
import java.util.HashMap;

// Long-lived structures (promoted to the old generation by System.gc())
// are made to point at short-lived ones while garbage churns through the
// nursery: every kind of reference store must dirty its card, or a young
// collection would miss the young object and the check below would fail.
public class OldToYoung {
    static final class Holder {
        Object payload;
        int[] numbers;
    }

    static Object[] table = new Object[512];
    static Holder[] holders = new Holder[512];
    static Object latest;

    public static void main(String[] args) {
        for (int i = 0; i < holders.length; i++) {
            holders[i] = new Holder();
        }
        ArrayList<Integer> list = new ArrayList<>();
        HashMap<String, Integer> map = new HashMap<>();
        System.gc();

        Object[] young = new Object[16];
        long garbage = 0;
        for (int i = 0; i < 8000; i++) {
            int slot = i % 512;
            holders[slot].payload = "p" + i;           // putfield into an old object
            holders[slot].numbers = new int[] {i, -i};
            table[slot] = Integer.valueOf(i);          // aastore into an old array
            latest = new int[] {i};                    // putstatic into an old mirror
            if (i % 20 == 0) {
                list.add(i);                           // a growing old list
                map.put("k" + (i / 20), i);
            }
            young[i % 16] = new long[8];
            if (i % 500 == 0) {
                System.arraycopy(young, 0, table, 0, 16); // arraycopy into an old array
                for (int j = 0; j < 16; j++) {
                    table[j] = Integer.valueOf(i + j);
                }
            }
            garbage += new byte[2048].length;
        }

        boolean ok = true;
        for (int slot = 0; slot < 512; slot++) {
            int last = 7999 - ((7999 - slot) % 512);
            Holder h = holders[slot];
            ok &= h.payload.equals("p" + last);
            ok &= h.numbers[0] == last && h.numbers[1] == -last;
            ok &= ((Integer) table[slot]).intValue() == last;
        }
        System.out.println("holders intact: " + ok);
        System.out.println("latest: " + ((int[]) latest)[0]);
        int listSum = 0;
        for (int v : list) {
            listSum += v / 20;
        }
        System.out.println("list " + list.size() + " sum " + listSum);
        System.out.println("map " + map.size() + " k7=" + map.get("k7") + " k399=" + map.get("k399"));
        System.out.println("garbage bytes " + garbage);
    }
}
