public class StringHashing {
    static int manualHash(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }

    public static void main(String[] args) {
        String[] samples = {"", "a", "A", "ab", "abc", "hello", "Hello", "hello world", "Aa", "BB", "polygenelubricants",
            "The quick brown fox jumps over the lazy dog", "0123456789", "\u00e9", "zzzzzzzzzzzzzzzz"};
        for (String s : samples) {
            System.out.println("\"" + s + "\" -> " + s.hashCode() + " manual " + manualHash(s) + " same " + (s.hashCode() == manualHash(s)));
        }
        System.out.println("repeated hashCode stable: " + ("stable".hashCode() == "stable".hashCode()));
        String built = new StringBuilder("ab").append("c").toString();
        System.out.println("built equals literal hash: " + (built.hashCode() == "abc".hashCode()));
        // bucket distribution like a hash table
        int[] buckets = new int[8];
        for (int i = 0; i < 100; i++) {
            String key = "key" + i;
            int h = key.hashCode();
            int idx = (h ^ (h >>> 16)) & (buckets.length - 1);
            buckets[idx]++;
        }
        System.out.println(java.util.Arrays.toString(buckets));
        // hashCodes of numeric strings
        long sum = 0;
        for (int i = 0; i < 1000; i++) sum += String.valueOf(i).hashCode();
        System.out.println("sum of hashCodes of 0..999 = " + sum);
    }
}
