import java.util.HashMap;
import java.util.Map;

public class HashMapOps {
    public static void main(String[] args) {
        Map<String, Integer> stock = new HashMap<>();
        System.out.println(stock + " " + stock.size() + " " + stock.isEmpty());
        System.out.println("put new: " + stock.put("apples", 5));
        System.out.println("put existing: " + stock.put("apples", 7));
        stock.put("pears", 3);
        stock.put("plums", 0);
        System.out.println(stock + " size " + stock.size());
        System.out.println("get: " + stock.get("apples") + " " + stock.get("kiwis"));
        System.out.println("getOrDefault: " + stock.getOrDefault("kiwis", -1) + " " + stock.getOrDefault("pears", -1));
        System.out.println("containsKey: " + stock.containsKey("plums") + " " + stock.containsKey("kiwis"));
        System.out.println("containsValue: " + stock.containsValue(3) + " " + stock.containsValue(42));
        System.out.println("putIfAbsent existing: " + stock.putIfAbsent("pears", 100) + " -> " + stock.get("pears"));
        System.out.println("putIfAbsent new: " + stock.putIfAbsent("kiwis", 9) + " -> " + stock.get("kiwis"));
        System.out.println("remove: " + stock.remove("plums") + " " + stock.remove("plums"));
        System.out.println(stock);
        // iterate views
        int total = 0;
        for (int v : stock.values()) total += v;
        System.out.println("total " + total);
        StringBuilder keys = new StringBuilder();
        for (String k : stock.keySet()) keys.append(k).append(',');
        System.out.println("keys " + keys);
        for (Map.Entry<String, Integer> e : stock.entrySet()) {
            e.setValue(e.getValue() * 10);
        }
        System.out.println("after setValue " + stock);
        // word counting
        String text = "to be or not to be that is the question to ask";
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.split(" ")) {
            Integer c = counts.get(w);
            counts.put(w, c == null ? 1 : c + 1);
        }
        System.out.println(counts);
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        System.out.println("most frequent: " + best + " x" + bestCount);
        // map equality and hashCode
        Map<String, Integer> a = new HashMap<>();
        Map<String, Integer> b = new HashMap<>();
        a.put("x", 1);
        a.put("y", 2);
        b.put("y", 2);
        b.put("x", 1);
        System.out.println("equal maps: " + a.equals(b) + " hash " + a.hashCode() + " " + b.hashCode());
        b.put("z", 3);
        System.out.println("after change: " + a.equals(b));
        // map of lists
        Map<Integer, java.util.List<String>> byLength = new HashMap<>();
        for (String w : text.split(" ")) {
            java.util.List<String> bucket = byLength.get(w.length());
            if (bucket == null) {
                bucket = new java.util.ArrayList<>();
                byLength.put(w.length(), bucket);
            }
            if (!bucket.contains(w)) bucket.add(w);
        }
        System.out.println(byLength);
        // removal during keySet iteration via a copy
        java.util.List<String> toRemove = new java.util.ArrayList<>();
        for (String k : counts.keySet()) if (counts.get(k) == 1) toRemove.add(k);
        for (String k : toRemove) counts.remove(k);
        System.out.println("repeated words: " + counts);
        stock.clear();
        System.out.println("cleared " + stock + " " + stock.size());
        // large map
        Map<Integer, Integer> squares = new HashMap<>();
        for (int i = 0; i < 2000; i++) squares.put(i, i * i);
        long sum = 0;
        for (int v : squares.values()) sum += v;
        System.out.println("squares size " + squares.size() + " sum " + sum + " get(1999) " + squares.get(1999));
        for (int i = 0; i < 2000; i += 2) squares.remove(i);
        System.out.println("after removing evens " + squares.size() + " containsKey(10) " + squares.containsKey(10) + " get(11) " + squares.get(11));
    }
}
