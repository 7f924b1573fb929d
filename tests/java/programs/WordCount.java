import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class WordCount {
    static final String TEXT =
        "It was the best of times, it was the worst of times, it was the age of wisdom, "
        + "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
        + "it was the season of Light, it was the season of Darkness, it was the spring of hope, "
        + "it was the winter of despair, we had everything before us, we had nothing before us, "
        + "we were all going direct to Heaven, we were all going direct the other way.";

    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == '\'') {
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                tokens.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) tokens.add(cur.toString());
        return tokens;
    }

    public static void main(String[] args) {
        List<String> tokens = tokenize(TEXT);
        System.out.println("tokens: " + tokens.size());
        Map<String, Integer> counts = new HashMap<>();
        for (String t : tokens) {
            Integer c = counts.get(t);
            counts.put(t, c == null ? 1 : c + 1);
        }
        System.out.println("distinct: " + counts.size());
        System.out.println("raw map: " + counts);
        @SuppressWarnings("unchecked")
        Map.Entry<String, Integer>[] entries = counts.entrySet().toArray(new Map.Entry[0]);
        Arrays.sort(entries, new Comparator<Map.Entry<String, Integer>>() {
            public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
                int c = b.getValue() - a.getValue();
                return c != 0 ? c : a.getKey().compareTo(b.getKey());
            }
        });
        System.out.println("top 10:");
        for (int i = 0; i < 10 && i < entries.length; i++) {
            System.out.println(String.format("  %2d. %-12s %3d", i + 1, entries[i].getKey(), entries[i].getValue()));
        }
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String w : counts.keySet()) {
            List<String> l = byLength.get(w.length());
            if (l == null) {
                l = new ArrayList<>();
                byLength.put(w.length(), l);
            }
            l.add(w);
        }
        for (Map.Entry<Integer, List<String>> e : byLength.entrySet()) {
            String[] ws = e.getValue().toArray(new String[0]);
            Arrays.sort(ws);
            System.out.println("length " + e.getKey() + ": " + String.join(",", ws));
        }
        Map<Character, Integer> initials = new HashMap<>();
        for (String t : tokens) initials.put(t.charAt(0), initials.getOrDefault(t.charAt(0), 0) + 1);
        System.out.println("initial letters: " + initials);
        String longest = "";
        for (String t : tokens) if (t.length() > longest.length()) longest = t;
        System.out.println("longest word: " + longest);
        // bigrams
        Map<String, Integer> bigrams = new HashMap<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String bg = tokens.get(i) + " " + tokens.get(i + 1);
            bigrams.put(bg, bigrams.getOrDefault(bg, 0) + 1);
        }
        int maxBg = 0;
        String bestBg = null;
        for (Map.Entry<String, Integer> e : bigrams.entrySet()) {
            if (e.getValue() > maxBg || (e.getValue() == maxBg && e.getKey().compareTo(bestBg) < 0)) {
                maxBg = e.getValue();
                bestBg = e.getKey();
            }
        }
        System.out.println("most common bigram: \"" + bestBg + "\" x" + maxBg + " of " + bigrams.size());
    }
}
