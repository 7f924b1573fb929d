import java.util.HashMap;
import java.util.Map;

public class HashMapOrder {
    public static void main(String[] args) {
        HashMap<Integer, String> ints = new HashMap<>();
        int[] keys = {100, 3, 17, -5, 64, 1, 33, 16, 0, 1000000, -1, 48, 31};
        for (int k : keys) ints.put(k, "v" + k);
        System.out.println("Integer keys: " + ints);
        System.out.println("keySet: " + ints.keySet());
        System.out.println("values: " + ints.values());
        // growth past thresholds (12 -> 24 -> 48 -> 96)
        HashMap<Integer, Integer> growing = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            int k = i * 37 % 101 + (i % 3) * 64;
            growing.put(k, i);
            if (i == 11 || i == 12 || i == 13 || i == 24 || i == 25 || i == 49 || i == 99) {
                System.out.println("after " + (i + 1) + " puts: " + growing.keySet());
            }
        }
        HashMap<String, Integer> words = new HashMap<>();
        String[] ws = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango",
            "nectarine", "orange", "papaya", "quince", "raspberry", "strawberry", "tangerine", "ugli", "vanilla", "watermelon"};
        for (int i = 0; i < ws.length; i++) {
            words.put(ws[i], ws[i].length());
            if (i == 5 || i == 12 || i == 13 || i == ws.length - 1) System.out.println("String keys after " + (i + 1) + ": " + words);
        }
        // colliding keys (same hashCode) keep insertion order within a bucket
        HashMap<String, Integer> coll = new HashMap<>();
        String[] cs = {"BB", "Aa", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb"};
        for (int i = 0; i < cs.length; i++) coll.put(cs[i], i);
        System.out.println("colliding: " + coll);
        coll.remove("Aa");
        coll.put("Aa", 99);
        System.out.println("after remove and re-put: " + coll);
        // mixed-sign and large Integer keys
        HashMap<Long, String> longs = new HashMap<>();
        long[] lks = {1L << 32, 1L, (1L << 32) + 1, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0L, 12345678901L};
        for (long k : lks) longs.put(k, Long.toHexString(k));
        System.out.println("Long keys: " + longs);
        // entrySet iteration
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            if (e.getValue() > 6) sb.append(e.getKey()).append(':').append(e.getValue()).append(' ');
        }
        System.out.println("long words: " + sb.toString().trim());
        // Character and Double keys
        HashMap<Character, Integer> chars = new HashMap<>();
        for (char c : "the quick brown fox jumps over the lazy dog".toCharArray()) {
            chars.put(c, chars.getOrDefault(c, 0) + 1);
        }
        System.out.println(chars);
        HashMap<Double, String> doubles = new HashMap<>();
        double[] dks = {0.5, -0.0, 0.0, 1.0, 2.5, 1e10, Double.NaN, 3.14};
        for (double d : dks) doubles.put(d, String.valueOf(d));
        System.out.println(doubles + " size " + doubles.size());
        // null key and values
        HashMap<String, String> nulls = new HashMap<>();
        nulls.put("a", null);
        nulls.put(null, "null-key");
        nulls.put("b", "B");
        System.out.println(nulls + " get(null)=" + nulls.get(null) + " containsKey(a)=" + nulls.containsKey("a") + " get(a)=" + nulls.get("a"));
    }
}
