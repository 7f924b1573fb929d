import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public class CollectionEquality {
    static int total(Collection<Integer> c) {
        int t = 0;
        for (int x : c) t += x;
        return t;
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(Arrays.asList(3, 1, 2));
        Set<Integer> set = new HashSet<>(list);
        System.out.println(list + " " + set + " " + list.equals(set) + " " + set.equals(new HashSet<>(Arrays.asList(2, 3, 1))));
        System.out.println("totals " + total(list) + " " + total(set));
        System.out.println("list hash " + list.hashCode() + " set hash " + set.hashCode());
        List<Integer> asList = Arrays.asList(3, 1, 2);
        System.out.println("ArrayList equals Arrays.asList: " + list.equals(asList) + " " + asList.equals(list));
        Map<String, List<Integer>> m1 = new HashMap<>();
        Map<String, List<Integer>> m2 = new HashMap<>();
        m1.put("k", new ArrayList<>(Arrays.asList(1, 2)));
        m2.put("k", Arrays.asList(1, 2));
        System.out.println("maps with equal list values: " + m1.equals(m2) + " " + m1);
        Map<Integer, String> m3 = new HashMap<>();
        m3.put(1, "one");
        System.out.println("entry toString: " + m3.entrySet() + " keySet " + m3.keySet() + " values " + m3.values());
        Map.Entry<Integer, String> e = m3.entrySet().iterator().next();
        System.out.println(e.getKey() + " -> " + e.getValue() + " hash " + e.hashCode());
        Collection<String> coll = new ArrayList<>();
        coll.add("c");
        coll.add("a");
        System.out.println(coll + " size " + coll.size() + " contains a " + coll.contains("a"));
        coll.remove("c");
        System.out.println(coll);
        Iterable<String> iter = coll;
        for (String s : iter) System.out.println("iterable: " + s);
        List<Object> heterogeneous = new ArrayList<>();
        heterogeneous.add(1);
        heterogeneous.add("two");
        heterogeneous.add(3.0);
        heterogeneous.add(Arrays.asList(4, 5));
        heterogeneous.add(null);
        heterogeneous.add(new int[0].length);
        System.out.println(heterogeneous + " hash " + heterogeneous.hashCode());
        Set<List<Integer>> setOfLists = new HashSet<>();
        setOfLists.add(Arrays.asList(1, 2));
        setOfLists.add(new ArrayList<>(Arrays.asList(1, 2)));
        setOfLists.add(Arrays.asList(2, 1));
        System.out.println("set of lists size " + setOfLists.size());
        System.out.println(new HashMap<String, Integer>() + " " + new HashSet<String>() + " " + new ArrayList<String>());
    }
}
