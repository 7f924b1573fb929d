// Realistic stream pipelines over a paragraph of text: tokenising with split
// and regex, word frequency sorted by count (descending) then word, top-N,
// letter histogram with chars().filter(Character::isLetter), longest words,
// sentence statistics and a bigram count.
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class WordFrequency {
    static final String TEXT =
        "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! "
        + "A quick fox is a happy fox, and a lazy dog is a sleepy dog. "
        + "Over and over the fox jumps, and the dog never wakes.";

    public static void main(String[] args) {
        List<String> tokens = Arrays.stream(TEXT.toLowerCase().split("[^a-z]+"))
            .filter(w -> !w.isEmpty())
            .collect(Collectors.toList());
        System.out.println("token count: " + tokens.size());
        System.out.println("first 8 tokens: " + tokens.subList(0, 8));
        System.out.println("distinct words: " + tokens.stream().distinct().count());

        Map<String, Long> freq = tokens.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.println("frequencies (alphabetical): " + freq);

        List<Map.Entry<String, Long>> sorted = freq.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .collect(Collectors.toList());
        System.out.println("by count then word:");
        sorted.forEach(e -> System.out.printf("  %-7s %2d %s%n", e.getKey(), e.getValue(), "*".repeat(e.getValue().intValue())));

        System.out.println("top 3: " + sorted.stream().limit(3).map(Map.Entry::getKey).collect(Collectors.joining(", ")));
        System.out.println("singletons: " + freq.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).collect(Collectors.toList()));

        Map<Character, Long> letters = TEXT.chars()
            .filter(Character::isLetter)
            .map(Character::toLowerCase)
            .mapToObj(c -> (char) c)
            .collect(Collectors.groupingBy(c -> c, TreeMap::new, Collectors.counting()));
        System.out.println("letter histogram: " + letters);
        System.out.println("letters total: " + TEXT.chars().filter(Character::isLetter).count()
            + " upper: " + TEXT.chars().filter(Character::isUpperCase).count()
            + " spaces: " + TEXT.chars().filter(Character::isWhitespace).count()
            + " punctuation: " + TEXT.chars().filter(c -> ".,;!".indexOf(c) >= 0).count());
        String missing = IntStream.rangeClosed('a', 'z').filter(c -> !letters.containsKey((char) c))
            .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
        System.out.println("letters never used: " + missing);

        int maxLen = tokens.stream().mapToInt(String::length).max().orElse(0);
        System.out.println("longest words (" + maxLen + "): " + tokens.stream().filter(w -> w.length() == maxLen).distinct().sorted().collect(Collectors.toList()));
        System.out.println("words by length: " + tokens.stream().distinct().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toCollection(java.util.TreeSet::new))));

        List<String> sentences = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        TEXT.chars().forEach(c -> {
            current.append((char) c);
            if (".!;".indexOf(c) >= 0) {
                sentences.add(current.toString().trim());
                current.setLength(0);
            }
        });
        System.out.println("sentences: " + sentences.size());
        IntStream.range(0, sentences.size()).forEach(i -> System.out.println("  " + i + ": words=" + sentences.get(i).split("\\s+").length + " \"" + sentences.get(i) + "\""));

        Map<String, Long> bigrams = IntStream.range(0, tokens.size() - 1)
            .mapToObj(i -> tokens.get(i) + " " + tokens.get(i + 1))
            .collect(Collectors.groupingBy(b -> b, TreeMap::new, Collectors.counting()));
        System.out.println("repeated bigrams: " + bigrams.entrySet().stream().filter(e -> e.getValue() > 1)
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toList()));
        String acronym = tokens.stream().limit(9).map(w -> w.substring(0, 1).toUpperCase()).collect(Collectors.joining());
        System.out.println("acronym of first 9: " + acronym);
        String capitalised = tokens.stream().skip(9).limit(6)
            .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
        System.out.println("capitalised: " + capitalised);
        System.out.println("palindromes: " + tokens.stream().filter(w -> w.length() > 1 && new StringBuilder(w).reverse().toString().equals(w)).distinct().collect(Collectors.toList()));
        System.out.println("vowel ratio: " + String.format("%.4f", TEXT.toLowerCase().chars().filter(c -> "aeiou".indexOf(c) >= 0).count() / (double) TEXT.chars().filter(Character::isLetter).count()));
    }
}
