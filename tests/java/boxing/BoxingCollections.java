import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

public class BoxingCollections {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i * 10);
        System.out.println(list);
        list.remove(2); // removes index 2
        System.out.println("after remove(2): " + list);
        list.remove(Integer.valueOf(70)); // removes the value 70
        System.out.println("after remove(Integer 70): " + list);
        list.remove((Object) 90);
        System.out.println("after remove((Object) 90): " + list);
        System.out.println("contains(30): " + list.contains(30) + ", indexOf(40): " + list.indexOf(40) + ", contains(30L): " + list.contains(30L));
        int sum = 0;
        for (int v : list) sum += v;
        System.out.println("sum " + sum);
        // boxes above the cache in a list: equals still works
        List<Integer> bigs = new ArrayList<>();
        bigs.add(1000);
        System.out.println("contains(1000): " + bigs.contains(1000) + ", identity: " + (bigs.get(0) == Integer.valueOf(1000)));
        // character frequency with HashMap<Character, Integer>
        HashMap<Character, Integer> freq = new HashMap<>();
        String text = "mississippi river";
        for (char c : text.toCharArray()) {
            Integer old = freq.get(c);
            freq.put(c, old == null ? 1 : old + 1);
        }
        System.out.println(freq);
        // HashMap<Long, Double>
        HashMap<Long, Double> squares = new HashMap<>();
        for (long k = 1; k <= 5; k++) squares.put(k * 1000000000L, Math.sqrt(k));
        System.out.println(squares.get(4000000000L) + " " + squares.containsKey(3000000000L) + " " + squares.get(3L));
        // HashSet of mixed boxes
        HashSet<Object> set = new HashSet<>();
        set.add(1);
        set.add(1L);
        set.add(1.0);
        set.add((short) 1);
        set.add('1');
        set.add("1");
        set.add(1);
        System.out.println("distinct boxes: " + set.size());
        // list of booleans
        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < 6; i++) flags.add(i % 3 == 0);
        int trues = 0;
        for (boolean f : flags) if (f) trues++;
        System.out.println(flags + " trues=" + trues);
        // Integer list sort via array
        Integer[] arr = list.toArray(new Integer[0]);
        java.util.Arrays.sort(arr);
        System.out.println(java.util.Arrays.toString(arr));
        list.set(0, list.get(0) + 5);
        System.out.println(list.get(0));
    }
}
