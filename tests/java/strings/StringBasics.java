public class StringBasics {
    public static void main(String[] args) {
        String s = "Hello, World! Hello, Java!";
        System.out.println("length " + s.length());
        System.out.println("charAt(0) " + s.charAt(0) + " charAt(7) " + s.charAt(7) + " last " + s.charAt(s.length() - 1));
        System.out.println("substring(7) [" + s.substring(7) + "]");
        System.out.println("substring(7, 12) [" + s.substring(7, 12) + "]");
        System.out.println("substring(0, 0) [" + s.substring(0, 0) + "]");
        System.out.println("substring(len) [" + s.substring(s.length()) + "]");
        System.out.println("indexOf('o') " + s.indexOf('o'));
        System.out.println("indexOf('o', 5) " + s.indexOf('o', 5));
        System.out.println("indexOf(\"Hello\") " + s.indexOf("Hello"));
        System.out.println("indexOf(\"Hello\", 1) " + s.indexOf("Hello", 1));
        System.out.println("indexOf(\"xyz\") " + s.indexOf("xyz"));
        System.out.println("indexOf(\"\") " + s.indexOf(""));
        System.out.println("indexOf('H', 100) " + s.indexOf('H', 100));
        System.out.println("indexOf('H', -5) " + s.indexOf('H', -5));
        System.out.println("lastIndexOf('o') " + s.lastIndexOf('o'));
        System.out.println("lastIndexOf('o', 10) " + s.lastIndexOf('o', 10));
        System.out.println("lastIndexOf(\"Hello\") " + s.lastIndexOf("Hello"));
        System.out.println("lastIndexOf(\"Hello\", 13) " + s.lastIndexOf("Hello", 13));
        System.out.println("lastIndexOf(\"\") " + s.lastIndexOf(""));
        System.out.println("contains(\"World\") " + s.contains("World") + " contains(\"world\") " + s.contains("world"));
        System.out.println("startsWith(\"Hello\") " + s.startsWith("Hello") + " startsWith(\"World\", 7) " + s.startsWith("World", 7));
        System.out.println("endsWith(\"Java!\") " + s.endsWith("Java!") + " endsWith(\"\") " + s.endsWith(""));
        System.out.println("isEmpty " + s.isEmpty() + " " + "".isEmpty());
        System.out.println("concat " + "abc".concat("def") + " " + "abc".concat(""));
        System.out.println("equals " + "abc".equals("abc") + " " + "abc".equals("ABC") + " " + "abc".equals(null));
        System.out.println("equalsIgnoreCase " + "abc".equalsIgnoreCase("ABC") + " " + "abc".equalsIgnoreCase("abd"));
        // count occurrences
        int count = 0;
        int from = 0;
        while ((from = s.indexOf("l", from)) >= 0) {
            count++;
            from++;
        }
        System.out.println("count of 'l' = " + count);
        // all substrings of a short word
        String w = "abcd";
        StringBuilder subs = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            for (int j = i + 1; j <= w.length(); j++) {
                subs.append(w.substring(i, j)).append(' ');
            }
        }
        System.out.println(subs.toString().trim());
        // char iteration and toCharArray
        char[] cs = s.toCharArray();
        int upper = 0, lower = 0, other = 0;
        for (char c : cs) {
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
            else other++;
        }
        System.out.println("upper " + upper + " lower " + lower + " other " + other);
        System.out.println("trim [" + "  \t padded \n ".trim() + "] [" + "".trim() + "] [" + "   ".trim() + "]");
        System.out.println("strip-like [" + "x  ".trim() + "]");
        System.out.println("repeat-ish " + "ab".concat("ab").concat("ab"));
        System.out.println("CharSequence length " + ((CharSequence) s).length() + " charAt " + ((CharSequence) s).charAt(1));
        System.out.println("subSequence " + s.subSequence(0, 5));
    }
}
