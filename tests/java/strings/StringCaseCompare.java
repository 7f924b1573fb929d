public class StringCaseCompare {
    public static void main(String[] args) {
        String[] samples = {"hello", "WORLD", "MiXeD 123!", "", "\u00e9t\u00e9", "\u00c9COLE"};
        for (String s : samples) {
            System.out.println("[" + s + "] upper [" + s.toUpperCase() + "] lower [" + s.toLowerCase() + "]");
        }
        String[][] pairs = {
            {"apple", "banana"}, {"banana", "apple"}, {"apple", "apple"}, {"apple", "applesauce"},
            {"Apple", "apple"}, {"a", "B"}, {"", "a"}, {"abc", ""}, {"Z", "a"}, {"\u00e9", "z"}, {"10", "9"}
        };
        for (String[] p : pairs) {
            System.out.println(p[0] + " vs " + p[1] + ": compareTo " + p[0].compareTo(p[1])
                + ", equalsIgnoreCase " + p[0].equalsIgnoreCase(p[1]));
        }
        // sort strings by hand with compareTo
        String[] words = {"pear", "Peach", "apple", "Apple", "banana", "apricot", "10", "9", "_"};
        for (int i = 1; i < words.length; i++) {
            String key = words[i];
            int j = i - 1;
            while (j >= 0 && words[j].compareTo(key) > 0) {
                words[j + 1] = words[j];
                j--;
            }
            words[j + 1] = key;
        }
        System.out.println(String.join(" ", words));
        // Character case helpers
        String mixed = "Hello World 42";
        StringBuilder swapped = new StringBuilder();
        for (int i = 0; i < mixed.length(); i++) {
            char c = mixed.charAt(i);
            if (Character.isUpperCase(c)) swapped.append(Character.toLowerCase(c));
            else if (Character.isLowerCase(c)) swapped.append(Character.toUpperCase(c));
            else swapped.append(c);
        }
        System.out.println(swapped);
        // title case
        String sentence = "the quick brown fox jumps over the lazy dog";
        String[] parts = sentence.split(" ");
        StringBuilder title = new StringBuilder();
        for (String p : parts) {
            if (title.length() > 0) title.append(' ');
            title.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        }
        System.out.println(title);
        System.out.println(Character.isLetter('x') + " " + Character.isLetter('1') + " " + Character.isDigit('7') + " "
            + Character.isLetterOrDigit('_') + " " + Character.isWhitespace(' ') + " " + Character.isWhitespace('\t')
            + " " + Character.isWhitespace('x'));
        System.out.println(Character.toUpperCase('\u00e9') + " " + Character.toLowerCase('\u00c9') + " " + Character.toUpperCase('\u00ff'));
    }
}
