// Checks java.util.BitSet: set/clear/flip/get for single bits and ranges (including
// across 64-bit word boundaries), set(i, boolean), cardinality, length, isEmpty,
// nextSetBit/nextClearBit/previousSetBit/previousClearBit loops, and/or/xor/andNot,
// intersects, get(from,to) sub-sets, toString "{1, 3}", equals/hashCode, clone,
// toLongArray/valueOf/toByteArray and exceptions for negative indexes.
// size() is implementation-specific and deliberately not printed.
import java.util.Arrays;
import java.util.BitSet;

public class BitSetOps {
    static String setBits(BitSet b) {
        StringBuilder sb = new StringBuilder();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) sb.append(i).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        BitSet b = new BitSet();
        System.out.println("empty " + b + " length " + b.length() + " cardinality " + b.cardinality() + " isEmpty " + b.isEmpty());
        b.set(1);
        b.set(3);
        b.set(64);
        b.set(130);
        System.out.println("b " + b + " length " + b.length() + " cardinality " + b.cardinality() + " get(3) " + b.get(3) + " get(4) " + b.get(4) + " get(1000) " + b.get(1000));
        b.set(60, 70);
        System.out.println("set(60,70) " + b + " cardinality " + b.cardinality());
        b.clear(62, 66);
        System.out.println("clear(62,66) " + b);
        b.flip(0, 5);
        System.out.println("flip(0,5) " + b);
        b.flip(130);
        b.flip(131);
        System.out.println("flip 130,131 " + b + " length " + b.length());
        b.set(5, true);
        b.set(1, false);
        b.clear(67);
        System.out.println("set(5,true) set(1,false) clear(67) " + b);
        b.set(100, 100);
        System.out.println("empty range set no-op " + b);
        b.set(10, 20, true);
        b.set(12, 18, false);
        System.out.println("set range booleans " + b);

        System.out.println("nextSetBit loop: " + setBits(b));
        StringBuilder clear = new StringBuilder();
        for (int i = b.nextClearBit(0); i < 25; i = b.nextClearBit(i + 1)) clear.append(i).append(' ');
        System.out.println("nextClearBit < 25: " + clear.toString().trim());
        StringBuilder prev = new StringBuilder();
        for (int i = b.previousSetBit(200); i >= 0; i = b.previousSetBit(i - 1)) prev.append(i).append(' ');
        System.out.println("previousSetBit loop: " + prev.toString().trim());
        System.out.println("nextSetBit(132) " + b.nextSetBit(132) + " nextClearBit(60) " + b.nextClearBit(60) + " previousClearBit(4) " + b.previousClearBit(4)
                + " previousSetBit(-1) " + b.previousSetBit(-1) + " nextClearBit(5000) " + b.nextClearBit(5000));
        System.out.println("get(60,70) " + b.get(60, 70) + " get(0,8) " + b.get(0, 8) + " get(200,300) " + b.get(200, 300));

        BitSet x = new BitSet();
        BitSet y = new BitSet();
        for (int i = 0; i < 20; i += 2) x.set(i);
        for (int i = 0; i < 20; i += 3) y.set(i);
        y.set(100);
        System.out.println("x " + x + " y " + y + " intersects " + x.intersects(y));
        BitSet and = (BitSet) x.clone();
        and.and(y);
        BitSet or = (BitSet) x.clone();
        or.or(y);
        BitSet xor = (BitSet) x.clone();
        xor.xor(y);
        BitSet andNot = (BitSet) x.clone();
        andNot.andNot(y);
        System.out.println("and " + and + " card " + and.cardinality());
        System.out.println("or " + or + " card " + or.cardinality() + " length " + or.length());
        System.out.println("xor " + xor + " card " + xor.cardinality());
        System.out.println("andNot " + andNot + " card " + andNot.cardinality());
        System.out.println("x unchanged " + x + " equals clone " + x.equals(x.clone()) + " equals and " + x.equals(and));
        BitSet wide = new BitSet(1000);
        wide.set(3);
        BitSet narrow = new BitSet();
        narrow.set(3);
        System.out.println("equals ignores capacity " + wide.equals(narrow) + " hash equal " + (wide.hashCode() == narrow.hashCode()) + " hashCode " + narrow.hashCode()
                + " empty hashCode " + new BitSet().hashCode() + " x hashCode " + x.hashCode());
        System.out.println("toLongArray " + Arrays.toString(b.toLongArray()) + " toByteArray(x) " + Arrays.toString(x.toByteArray()));
        BitSet fromLongs = BitSet.valueOf(new long[] {0b1011L, -1L >>> 60});
        System.out.println("valueOf longs " + fromLongs + " valueOf bytes " + BitSet.valueOf(new byte[] {(byte) 0x81, 0x02}));
        x.clear();
        System.out.println("cleared " + x + " isEmpty " + x.isEmpty() + " length " + x.length());
        try {
            b.set(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("set(-1): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            b.get(5, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("get(5,2): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            b.nextSetBit(-3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("nextSetBit(-3): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new BitSet(-1);
        } catch (NegativeArraySizeException e) {
            System.out.println("new BitSet(-1): " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
