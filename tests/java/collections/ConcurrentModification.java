import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

public class ConcurrentModification {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 6; i++) list.add(i);
        try {
            for (Integer x : list) {
                if (x == 2) list.remove(x);
            }
        } catch (java.util.ConcurrentModificationException e) {
            System.out.println("for-each remove: " + e.getClass().getName());
        }
        System.out.println("list now " + list);
        try {
            for (Integer x : list) {
                if (x == 3) list.add(99);
            }
        } catch (java.util.ConcurrentModificationException e) {
            System.out.println("for-each add: " + e.getClass().getName());
        }
        // removing the second-to-last element does not throw (hasNext returns false)
        List<String> names = new ArrayList<>();
        names.add("a");
        names.add("b");
        names.add("c");
        for (String s : names) {
            if (s.equals("b")) names.remove(s);
        }
        System.out.println("quirk: removing second-to-last is silent: " + names);
        // safe removal with iterator
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 1) it.remove();
        }
        System.out.println("safe removal: " + list);
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("iterator remove twice: " + e.getClass().getName());
        }
        // HashMap modification during iteration
        Map<String, Integer> map = new HashMap<>();
        map.put("one", 1);
        map.put("two", 2);
        map.put("three", 3);
        try {
            for (String k : map.keySet()) {
                if (k.equals("one")) map.put("four", 4);
            }
        } catch (java.util.ConcurrentModificationException e) {
            System.out.println("map put during iteration: " + e.getClass().getName());
        }
        // replacing a value of an existing key is not a structural modification
        for (String k : map.keySet()) map.put(k, map.get(k) * 10);
        System.out.println("values replaced: " + map);
        Iterator<Map.Entry<String, Integer>> mit = map.entrySet().iterator();
        while (mit.hasNext()) {
            if (mit.next().getValue() > 20) mit.remove();
        }
        System.out.println("after entry iterator removal: " + map);
        // index-based loop modification is fine
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 10; i++) nums.add(i);
        for (int i = nums.size() - 1; i >= 0; i--) {
            if (nums.get(i) % 3 == 0) nums.remove(i);
        }
        System.out.println("index loop removal: " + nums);
    }
}
