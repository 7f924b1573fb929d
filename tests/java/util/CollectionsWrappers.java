// Checks Collections wrapper and factory views: unmodifiableList/Set/Map (reads work,
// every mutator throws UnsupportedOperationException, changes to the backing
// collection show through), synchronizedList/Map basic use, emptyList/emptySet/
// emptyMap, singletonList/singleton/singletonMap (toString, equals, immutability),
// and Collections.list/enumeration round trip.
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class CollectionsWrappers {
    interface Op { void run(); }

    static void uoe(String label, Op op) {
        try {
            op.run();
            System.out.println(label + " succeeded");
        } catch (UnsupportedOperationException e) {
            System.out.println(label + " -> " + e.getClass().getName() + " msg=" + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println(label + " -> other " + e.getClass().getName() + " msg=" + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<String> backing = new ArrayList<>(List.of("a", "b", "c"));
        List<String> ul = Collections.unmodifiableList(backing);
        System.out.println("ul " + ul + " size " + ul.size() + " get(1) " + ul.get(1) + " contains c " + ul.contains("c") + " indexOf c " + ul.indexOf("c"));
        uoe("ul.add", () -> ul.add("d"));
        uoe("ul.add(0,x)", () -> ul.add(0, "x"));
        uoe("ul.set", () -> ul.set(0, "x"));
        uoe("ul.remove(0)", () -> ul.remove(0));
        uoe("ul.remove(obj)", () -> ul.remove("a"));
        uoe("ul.clear", ul::clear);
        uoe("ul.sort", () -> ul.sort(null));
        uoe("ul.replaceAll", () -> ul.replaceAll(s -> s));
        uoe("ul.removeIf", () -> ul.removeIf(s -> true));
        uoe("ul.iterator().remove", () -> { Iterator<String> it = ul.iterator(); it.next(); it.remove(); });
        uoe("ul.listIterator().set", () -> { var it = ul.listIterator(); it.next(); it.set("q"); });
        uoe("ul.subList.clear", () -> ul.subList(0, 1).clear());
        backing.add("d");
        System.out.println("after backing.add ul " + ul + " equals backing " + ul.equals(backing));

        Set<Integer> us = Collections.unmodifiableSet(new TreeSet<>(List.of(3, 1, 2)));
        System.out.println("us " + us + " contains 2 " + us.contains(2));
        uoe("us.add", () -> us.add(4));
        uoe("us.remove", () -> us.remove(1));
        uoe("us.addAll", () -> us.addAll(List.of(7)));
        uoe("us.retainAll", () -> us.retainAll(List.of(1)));

        Map<String, Integer> mb = new TreeMap<>(Map.of("x", 1, "y", 2));
        Map<String, Integer> um = Collections.unmodifiableMap(mb);
        System.out.println("um " + um + " get x " + um.get("x") + " getOrDefault z " + um.getOrDefault("z", 0));
        uoe("um.put", () -> um.put("z", 3));
        uoe("um.remove", () -> um.remove("x"));
        uoe("um.putIfAbsent", () -> um.putIfAbsent("z", 3));
        uoe("um.merge", () -> um.merge("x", 1, Integer::sum));
        uoe("um.computeIfAbsent", () -> um.computeIfAbsent("z", k -> 1));
        uoe("um.keySet().remove", () -> um.keySet().remove("x"));
        uoe("um.values().clear", () -> um.values().clear());
        uoe("um.entry.setValue", () -> um.entrySet().iterator().next().setValue(9));
        mb.put("w", 0);
        System.out.println("after backing put um " + um + " keySet " + um.keySet() + " values " + um.values());

        List<Integer> sl = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) sl.add(i * i);
        synchronized (sl) {
            int total = 0;
            for (int v : sl) total += v;
            System.out.println("synchronizedList " + sl + " total " + total);
        }
        System.out.println("sl.remove(Integer 4) " + sl.remove(Integer.valueOf(4)) + " get(2) " + sl.get(2) + " size " + sl.size());
        Map<String, Integer> sm = Collections.synchronizedMap(new HashMap<>());
        sm.put("k", 1);
        sm.merge("k", 5, Integer::sum);
        System.out.println("synchronizedMap " + sm);

        List<String> el = Collections.emptyList();
        Set<String> es = Collections.emptySet();
        Map<String, String> em = Collections.emptyMap();
        System.out.println("empty " + el + " " + es + " " + em + " sizes " + el.size() + es.size() + em.size()
                + " isEmpty " + el.isEmpty() + " contains " + el.contains("a") + " get " + em.get("a"));
        System.out.println("emptyList equals new ArrayList " + el.equals(new ArrayList<>()) + " hashCode " + el.hashCode() + " " + es.hashCode() + " " + em.hashCode());
        System.out.println("emptyList iterator hasNext " + el.iterator().hasNext());
        uoe("emptyList.add", () -> el.add("x"));
        uoe("emptySet.add", () -> es.add("x"));
        uoe("emptyMap.put", () -> em.put("x", "y"));
        try {
            el.get(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("emptyList.get(0) -> " + e.getClass().getName() + ": " + e.getMessage());
        }

        List<String> sgl = Collections.singletonList("only");
        Set<Integer> sg = Collections.singleton(42);
        Map<String, Integer> sgm = Collections.singletonMap("key", 7);
        System.out.println("singletons " + sgl + " " + sg + " " + sgm + " sizes " + sgl.size() + sg.size() + sgm.size());
        System.out.println("singletonList equals List.of " + sgl.equals(List.of("only")) + " hash " + sgl.hashCode() + " singleton hash " + sg.hashCode() + " singletonMap hash " + sgm.hashCode());
        System.out.println("singleton contains 42 " + sg.contains(42) + " singletonMap get key " + sgm.get("key") + " containsValue 7 " + sgm.containsValue(7));
        uoe("singletonList.set", () -> sgl.set(0, "x"));
        uoe("singletonList.add", () -> sgl.add("x"));
        uoe("singleton.remove", () -> sg.remove(42));
        uoe("singletonMap.put", () -> sgm.put("key", 8));
        try {
            sgl.get(1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("singletonList.get(1) -> " + e.getClass().getName() + ": " + e.getMessage());
        }

        Enumeration<String> en = Collections.enumeration(List.of("e1", "e2", "e3"));
        ArrayList<String> back = Collections.list(en);
        System.out.println("enumeration round trip " + back);
    }
}
