public class StringLoops {
    public static void main(String[] args) {
        String s = "";
        for (int i = 0; i < 10; i++) {
            s += i;
        }
        System.out.println(s);
        String t = "";
        for (char c = 'a'; c <= 'e'; c++) {
            t += c;
            t += Character.toUpperCase(c);
        }
        System.out.println(t);
        String acc = "";
        for (int i = 0; i < 5; i++) acc = i + acc;
        System.out.println(acc);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            for (int j = 0; j < i; j++) sb.append('*');
            sb.append('\n');
        }
        System.out.print(sb);
        // string concatenation in nested loop building a grid
        String grid = "";
        for (int r = 0; r < 3; r++) {
            String row = "";
            for (int c = 0; c < 4; c++) row += (r + c) % 2 == 0 ? "#" : ".";
            grid += row + "/";
        }
        System.out.println(grid);
        // run-length encoding
        String input = "aaabccddddde";
        StringBuilder rle = new StringBuilder();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            int j = i;
            while (j < input.length() && input.charAt(j) == c) j++;
            rle.append(c).append(j - i);
            i = j;
        }
        System.out.println(rle);
        // decode
        String enc = rle.toString();
        StringBuilder dec = new StringBuilder();
        for (int k = 0; k < enc.length(); k += 2) {
            char c = enc.charAt(k);
            int n = enc.charAt(k + 1) - '0';
            for (int m = 0; m < n; m++) dec.append(c);
        }
        System.out.println(dec + " " + dec.toString().equals(input));
        // character frequency
        String text = "hello world";
        int[] freq = new int[26];
        for (char c : text.toCharArray()) if (c >= 'a' && c <= 'z') freq[c - 'a']++;
        String out = "";
        for (int k = 0; k < 26; k++) if (freq[k] > 0) out += (char) ('a' + k) + "" + freq[k] + " ";
        System.out.println(out.trim());
        // anagram check
        System.out.println(isAnagram("listen", "silent") + " " + isAnagram("apple", "papel") + " " + isAnagram("rat", "car"));
        // long string
        String longStr = "";
        for (int k = 0; k < 200; k++) longStr += (char) ('A' + k % 26);
        System.out.println(longStr.length() + " " + longStr.substring(190) + " " + longStr.hashCode());
    }

    static boolean isAnagram(String a, String b) {
        if (a.length() != b.length()) return false;
        int[] counts = new int[128];
        for (int i = 0; i < a.length(); i++) {
            counts[a.charAt(i)]++;
            counts[b.charAt(i)]--;
        }
        for (int c : counts) if (c != 0) return false;
        return true;
    }
}
