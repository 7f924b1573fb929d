import java.util.HashMap;
import java.util.IdentityHashMap;

// Identity hash codes stay the same for an object's whole life, though
// the collector moves it (nursery copies, promotion, compaction).
public class IdentityHashes {
    static final class Plain {
        final int id;

        Plain(int id) {
            this.id = id;
        }
    }

    public static void main(String[] args) {
        Plain[] objects = new Plain[1500];
        int[] hashes = new int[objects.length];
        int[] identity = new int[objects.length];
        HashMap<Plain, Integer> byObject = new HashMap<>();
        IdentityHashMap<Object, Integer> byIdentity = new IdentityHashMap<>();
        for (int i = 0; i < objects.length; i++) {
            objects[i] = new Plain(i);
            if (i % 3 != 0) {
                hashes[i] = objects[i].hashCode();
                identity[i] = System.identityHashCode(objects[i]);
                byObject.put(objects[i], i);
                byIdentity.put(objects[i], i);
            }
            Object garbage = new Object[20];
        }
        boolean same = true;
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 3000; i++) {
                Object garbage = new int[256];
            }
            if (round % 2 == 1) {
                System.gc();
            }
            for (int i = 0; i < objects.length; i++) {
                if (i % 3 != 0) {
                    same &= objects[i].hashCode() == hashes[i];
                    same &= System.identityHashCode(objects[i]) == identity[i];
                    same &= hashes[i] == identity[i];
                }
            }
        }
        System.out.println("hashes stable: " + same);
        int found = 0;
        for (int i = 0; i < objects.length; i++) {
            Integer a = byObject.get(objects[i]);
            Integer b = byIdentity.get(objects[i]);
            if (a != null && b != null && a == i && b == i) {
                found++;
            }
        }
        System.out.println("found in maps: " + found + " of " + byObject.size() + " and " + byIdentity.size());
        int late = System.identityHashCode(objects[0]);
        System.gc();
        System.out.println("hashed after moves, stable: " + (late == System.identityHashCode(objects[0])));
        System.out.println("null hash: " + System.identityHashCode(null));
    }
}
