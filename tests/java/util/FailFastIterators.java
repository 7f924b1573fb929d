// Checks fail-fast iteration: ConcurrentModificationException (class name and null
// message) when ArrayList, LinkedList, HashMap (keySet/values/entrySet), TreeMap,
// TreeSet, LinkedHashMap (access-order get), ArrayDeque and PriorityQueue are
// structurally modified during iteration, stale subList views, a second iterator
// invalidated by the first one's remove, forEach/replaceAll modifying their own
// collection, plus legal Iterator.remove, ListIterator add/set and removeIf.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

public class FailFastIterators {
    interface Op { void run(); }

    static void check(String label, Op op) {
        try {
            op.run();
            System.out.println(label + ": no exception");
        } catch (ConcurrentModificationException e) {
            System.out.println(label + ": " + e.getClass().getName() + " message=" + e.getMessage());
        }
    }

    static List<Integer> range(List<Integer> l, int n) {
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }

    static Map<String, Integer> fill(Map<String, Integer> m) {
        m.put("alpha", 1);
        m.put("beta", 2);
        m.put("gamma", 3);
        m.put("delta", 4);
        return m;
    }

    public static void main(String[] args) {
        List<Integer> al = range(new ArrayList<>(), 5);
        check("ArrayList add during for-each", () -> { for (int x : al) if (x == 1) al.add(10); });
        System.out.println("  al " + al);
        List<Integer> al2 = range(new ArrayList<>(), 5);
        check("ArrayList listIterator after list.set (not structural)", () -> {
            ListIterator<Integer> it = al2.listIterator();
            while (it.hasNext()) { int x = it.next(); if (x == 2) al2.set(0, 99); }
        });
        System.out.println("  al2 " + al2);
        check("ArrayList forEach that removes", () -> al2.forEach(x -> { if (x == 3) al2.remove(0); }));
        System.out.println("  al2 " + al2);
        check("ArrayList replaceAll that adds", () -> al2.replaceAll(x -> { if (x == 3) al2.add(7); return x + 1; }));
        System.out.println("  al2 " + al2);
        List<Integer> base = range(new ArrayList<>(), 6);
        List<Integer> sub = base.subList(1, 4);
        base.add(100);
        check("stale subList size()", () -> sub.size());
        check("stale subList toString", () -> sub.toString());
        List<Integer> a3 = range(new ArrayList<>(), 4);
        Iterator<Integer> first = a3.iterator();
        Iterator<Integer> second = a3.iterator();
        first.next();
        first.remove();
        System.out.println("  first.remove ok -> " + a3);
        check("second iterator after first.remove", second::next);

        LinkedList<Integer> ll = new LinkedList<>(range(new ArrayList<>(), 5));
        check("LinkedList remove during for-each", () -> { for (int x : ll) if (x == 1) ll.remove((Integer) 3); });
        System.out.println("  ll " + ll);
        check("LinkedList addFirst during descendingIterator", () -> {
            Iterator<Integer> it = ll.descendingIterator();
            while (it.hasNext()) if (it.next() == 2) ll.addFirst(-1);
        });
        check("LinkedList listIterator add/set/remove (legal)", () -> {
            ListIterator<Integer> it = ll.listIterator();
            while (it.hasNext()) {
                int x = it.next();
                if (x == 0) it.set(50);
                else if (x == 1) it.add(11);
                else if (x == 4) it.remove();
            }
        });
        System.out.println("  ll " + ll);

        Map<String, Integer> hm = fill(new HashMap<>());
        check("HashMap keySet + put new key", () -> { for (String k : hm.keySet()) if (k.equals("beta")) hm.put("epsilon", 5); });
        check("HashMap values + remove", () -> { for (int v : hm.values()) if (v == 1) hm.remove("delta"); });
        check("HashMap entrySet + clear", () -> { for (Map.Entry<String, Integer> e : hm.entrySet()) hm.clear(); });
        Map<String, Integer> hm2 = fill(new HashMap<>());
        check("HashMap entrySet setValue (legal)", () -> { for (Map.Entry<String, Integer> e : hm2.entrySet()) e.setValue(e.getValue() * 10); });
        check("HashMap put existing key (legal)", () -> { for (String k : hm2.keySet()) hm2.put(k, hm2.get(k) + 1); });
        check("HashMap forEach that adds", () -> hm2.forEach((k, v) -> { if (v == 11) hm2.put("zeta", 0); }));
        System.out.println("  hm2 " + hm2);
        check("HashMap computeIfAbsent inside forEach", () -> hm2.forEach((k, v) -> hm2.computeIfAbsent("omega", x -> 1)));
        Iterator<Map.Entry<String, Integer>> hit = hm2.entrySet().iterator();
        while (hit.hasNext()) if (hit.next().getKey().length() > 4) hit.remove();
        System.out.println("  hm2 after iterator.remove of long keys " + hm2);
        System.out.println("  values().removeIf " + hm2.values().removeIf(v -> v > 20) + " -> " + hm2);

        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 1; i <= 5; i++) tm.put(i, "t" + i);
        check("TreeMap keySet + put", () -> { for (int k : tm.keySet()) if (k == 2) tm.put(9, "t9"); });
        check("TreeMap entrySet + remove other", () -> { for (var e : tm.entrySet()) if (e.getKey() == 3) tm.remove(1); });
        check("TreeMap descendingMap + pollFirstEntry", () -> { for (var e : tm.descendingMap().entrySet()) tm.pollFirstEntry(); });
        check("TreeMap headMap view iteration + put", () -> { for (int k : tm.headMap(9).keySet()) tm.put(0, "t0"); });
        check("TreeMap put existing key (legal)", () -> { for (int k : tm.keySet()) tm.put(k, "u" + k); });
        System.out.println("  tm " + tm);
        TreeSet<String> ts = new TreeSet<>(List.of("a", "b", "c"));
        check("TreeSet add during iteration", () -> { for (String s : ts) if (s.equals("a")) ts.add("d"); });
        check("TreeSet iterator.remove (legal)", () -> { Iterator<String> it = ts.iterator(); while (it.hasNext()) if (it.next().equals("b")) it.remove(); });
        System.out.println("  ts " + ts);

        LinkedHashMap<String, Integer> access = new LinkedHashMap<>(16, 0.75f, true);
        fill(access);
        check("access-order LinkedHashMap get during iteration", () -> { for (String k : access.keySet()) access.get(k); });
        LinkedHashMap<String, Integer> insertion = new LinkedHashMap<>();
        fill(insertion);
        check("insertion-order LinkedHashMap get during iteration (legal)", () -> { for (String k : insertion.keySet()) insertion.get(k); });

        ArrayDeque<Integer> dq = new ArrayDeque<>(List.of(1, 2, 3, 4));
        check("ArrayDeque addLast during iteration", () -> { for (int x : dq) if (x == 2) dq.addLast(5); });
        check("ArrayDeque pollFirst during iteration", () -> { for (int x : dq) if (x == 3) dq.pollFirst(); });
        System.out.println("  dq " + dq);
        check("ArrayDeque iterator.remove (legal)", () -> { Iterator<Integer> it = dq.iterator(); while (it.hasNext()) if (it.next() % 2 == 0) it.remove(); });
        System.out.println("  dq " + dq);

        PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(5, 1, 4, 2, 3));
        check("PriorityQueue offer during iteration", () -> { for (int x : pq) if (x == 1) pq.offer(0); });
        check("PriorityQueue iterator.remove (legal)", () -> { Iterator<Integer> it = pq.iterator(); while (it.hasNext()) if (it.next() % 2 == 1) it.remove(); });
        System.out.println("  pq " + pq);

        List<String> words = new ArrayList<>(List.of("keep", "drop", "keep2", "drop2"));
        System.out.println("removeIf " + words.removeIf(w -> w.startsWith("drop")) + " -> " + words);
    }
}
