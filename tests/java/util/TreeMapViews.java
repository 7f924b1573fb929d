// Checks TreeMap range views: headMap/tailMap/subMap with default and explicit
// inclusive flags, write-through in both directions (put/remove via the view and
// via the backing map), IllegalArgumentException "key out of range" on out-of-range
// puts, descendingMap/descendingKeySet/navigableKeySet, nested views, pollFirstEntry
// on a view, and clear() on a view.
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.SortedMap;
import java.util.TreeMap;

public class TreeMapViews {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 1; i <= 10; i++) m.put(i * 10, "v" + i);
        System.out.println("map " + m);

        SortedMap<Integer, String> head = m.headMap(40);
        NavigableMap<Integer, String> headIncl = m.headMap(40, true);
        SortedMap<Integer, String> tail = m.tailMap(80);
        NavigableMap<Integer, String> tailExcl = m.tailMap(80, false);
        SortedMap<Integer, String> sub = m.subMap(30, 70);
        NavigableMap<Integer, String> subIncl = m.subMap(30, false, 70, true);
        System.out.println("headMap(40) " + head);
        System.out.println("headMap(40,true) " + headIncl);
        System.out.println("tailMap(80) " + tail);
        System.out.println("tailMap(80,false) " + tailExcl);
        System.out.println("subMap(30,70) " + sub);
        System.out.println("subMap(30,false,70,true) " + subIncl);
        System.out.println("sub firstKey " + sub.firstKey() + " lastKey " + sub.lastKey() + " size " + sub.size());
        System.out.println("subIncl floorKey(25) " + subIncl.floorKey(25) + " ceilingKey(75) " + subIncl.ceilingKey(75)
                + " lowerKey(40) " + subIncl.lowerKey(40) + " higherKey(65) " + subIncl.higherKey(65));
        System.out.println("sub containsKey 70 " + sub.containsKey(70) + " containsKey 30 " + sub.containsKey(30)
                + " get 80 " + sub.get(80));

        // write-through view -> map
        System.out.println("sub.put(35) " + sub.put(35, "new35") + " sub.put(50) " + sub.put(50, "FIFTY"));
        System.out.println("sub.remove(40) " + sub.remove(40) + " sub.remove(90) " + sub.remove(90));
        System.out.println("map now " + m);
        // write-through map -> view
        m.put(65, "v65");
        m.put(5, "v05");
        m.remove(60);
        System.out.println("after map changes sub " + sub + " head " + head + " tail " + tail);
        try {
            sub.put(70, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("sub.put(70): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            head.put(100, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("head.put(100): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            m.subMap(50, 20);
        } catch (IllegalArgumentException e) {
            System.out.println("subMap(50,20): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            sub.subMap(20, 50);
        } catch (IllegalArgumentException e) {
            System.out.println("sub.subMap(20,50): " + e.getClass().getName() + ": " + e.getMessage());
        }

        // nested views
        NavigableMap<Integer, String> nested = subIncl.headMap(65, true);
        System.out.println("nested subIncl.headMap(65,true) " + nested);
        System.out.println("view pollFirstEntry " + subIncl.pollFirstEntry() + " pollLastEntry " + subIncl.pollLastEntry());
        System.out.println("map now " + m);

        // descending views
        NavigableMap<Integer, String> desc = m.descendingMap();
        System.out.println("descendingMap " + desc);
        System.out.println("desc firstKey " + desc.firstKey() + " floorKey(55) " + desc.floorKey(55) + " ceilingKey(55) " + desc.ceilingKey(55));
        System.out.println("desc headMap(50) " + desc.headMap(50) + " tailMap(50,false) " + desc.tailMap(50, false));
        System.out.println("desc.descendingMap " + desc.descendingMap());
        NavigableSet<Integer> dks = m.descendingKeySet();
        System.out.println("descendingKeySet " + dks + " first " + dks.first());
        NavigableSet<Integer> nks = m.navigableKeySet();
        System.out.println("navigableKeySet " + nks + " headSet(30) " + nks.headSet(30) + " higher(30) " + nks.higher(30));
        System.out.println("nks.remove(5) " + nks.remove(5) + " map " + m);
        desc.put(1, "one");
        System.out.println("after desc.put(1) lastKey of desc " + desc.lastKey() + " map firstKey " + m.firstKey());

        // iterator removal through views
        Iterator<Map.Entry<Integer, String>> it = m.tailMap(50, true).entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, String> e = it.next();
            if (e.getKey() % 20 != 0) it.remove();
        }
        System.out.println("after removing odd-tens from tail " + m);
        m.headMap(20).clear();
        System.out.println("after headMap(20).clear " + m);
        m.tailMap(80).values().remove("v10");
        System.out.println("after values().remove(v10) via tail " + m);
        System.out.println("keySet " + m.keySet() + " values " + m.values() + " entrySet " + m.entrySet());
    }
}
