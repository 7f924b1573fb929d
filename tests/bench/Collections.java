import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ArrayList and HashMap churn: boxing, hashing, iteration and sorting. */
public class Collections {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        List<Integer> list = new ArrayList<>();
        long seed = 42;
        for (int i = 0; i < n; i++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            list.add((int) (seed >>> 40) % 10_000);
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (Integer v : list) {
            Integer c = counts.get(v);
            counts.put(v, c == null ? 1 : c + 1);
        }
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < n / 10; i++) {
            String w = "w" + (list.get(i) % 500);
            words.put(w, words.getOrDefault(w, 0) + 1);
        }
        long total = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            total += (long) e.getKey() * e.getValue();
        }
        long check = 0;
        for (int v : list) {
            check += v;
        }
        Integer[] sorted = list.subList(0, Math.min(n, 50_000)).toArray(new Integer[0]);
        java.util.Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i - 1] > sorted[i]) {
                throw new AssertionError("not sorted");
            }
        }
        if (total != check) {
            throw new AssertionError("counts disagree");
        }
        System.out.println(counts.size() + " " + words.size() + " " + total + " " + sorted[sorted.length / 2]);
    }
}
