// Checks String.valueOf overloads, compareTo/compareToIgnoreCase return
// values (character differences and length differences), regionMatches
// (with and without ignoreCase, out-of-range offsets), replace(char) and
// replace(CharSequence), replaceAll/replaceFirst with groups and escapes,
// matches, contentEquals, equalsIgnoreCase, intern identity.
public class StringCompareReplace {
    public static void main(String[] args) {
        char[] chars = {'x', 'y', 'z'};
        Object nullObj = null;
        System.out.println(String.valueOf(true) + " " + String.valueOf('c') + " " + String.valueOf(12)
            + " " + String.valueOf(-12L) + " " + String.valueOf(1.5f) + " " + String.valueOf(2.25)
            + " " + String.valueOf(chars) + " " + String.valueOf(chars, 1, 2) + " " + String.valueOf(nullObj)
            + " " + String.valueOf((Object) "obj") + " " + String.valueOf(1e21) + " " + String.valueOf(100.0f));

        String[][] pairs = {
            {"apple", "apricot"}, {"abc", "abd"}, {"abc", "ab"}, {"ab", "abc"}, {"", "xyz"}, {"B", "a"},
            {"Hello", "hello"}, {"hello", "HELLO"}, {"a", "a"}, {"\u00e9", "e"}, {"ABC", "abd"}, {"_", "a"}, {"_", "A"},
            {"\u00df", "SS"}, {"\u0130", "i"}
        };
        for (String[] p : pairs) {
            System.out.println("compare(" + p[0] + "," + p[1] + ") " + p[0].compareTo(p[1])
                + " ignoreCase " + p[0].compareToIgnoreCase(p[1])
                + " equalsIgnoreCase " + p[0].equalsIgnoreCase(p[1]));
        }
        System.out.println("CASE_INSENSITIVE_ORDER " + String.CASE_INSENSITIVE_ORDER.compare("Zeta", "alpha"));

        String s = "Hello World";
        System.out.println("regionMatches " + s.regionMatches(6, "World", 0, 5)
            + " " + s.regionMatches(6, "world", 0, 5)
            + " " + s.regionMatches(true, 6, "world", 0, 5)
            + " " + s.regionMatches(0, "xxHelxx", 2, 3)
            + " " + s.regionMatches(-1, "H", 0, 1)
            + " " + s.regionMatches(8, "rld!!", 0, 5)
            + " " + s.regionMatches(0, "abc", 0, 0)
            + " " + s.regionMatches(true, 0, "HELLO", 0, -3));
        System.out.println("startsWith " + s.startsWith("World", 6) + " " + s.startsWith("", 11) + " " + s.startsWith("H", -1)
            + " endsWith " + s.endsWith("") + " " + s.endsWith("rld"));

        System.out.println("replace char " + "banana".replace('a', 'o') + " " + "banana".replace('x', 'y')
            + " " + "banana".replace('a', 'a'));
        System.out.println("replace seq " + "banana".replace("an", "AN") + " " + "banana".replace("ana", "_")
            + " " + "aaa".replace("a", "aa") + " " + "ab".replace("", "|") + " " + "a.b.c".replace(".", "")
            + " " + "x".replace(new StringBuilder("x"), new StringBuffer("yz")));
        System.out.println("replaceAll " + "a1b22c333".replaceAll("\\d+", "#")
            + " " + "a1b22c333".replaceAll("\\d", "")
            + " " + "John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1")
            + " " + "  too   many    spaces ".replaceAll("\\s+", " ")
            + " " + "a.b.c".replaceAll(".", "x")
            + " " + "a.b.c".replaceAll("\\.", "/")
            + " " + "cost".replaceAll("cost", "\\$5")
            + " " + "abc".replaceAll("", "-")
            + " " + "camelCaseString".replaceAll("([A-Z])", "_$1").toLowerCase()
            + " " + "aaa".replaceAll("a*", "X"));
        System.out.println("replaceFirst " + "a1b22c333".replaceFirst("\\d+", "#")
            + " " + "hello hello".replaceFirst("l+", "L")
            + " " + "none".replaceFirst("z", "y")
            + " " + "2024-01-15".replaceFirst("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
        try {
            "x".replaceAll("x", "$1");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("bad group: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            "x".replaceAll("x", "\\");
        } catch (IllegalArgumentException e) {
            System.out.println("trailing backslash: " + e.getMessage());
        }
        String[] inputs = {"12345", "12a45", "", "hello", "Hello", "abc@example.com", "3.14", "-7", "a b"};
        String[] regexes = {"\\d+", "\\d*", "[a-z]+", "[A-Z][a-z]*", "\\w+@\\w+\\.com", "-?\\d+(\\.\\d+)?", "\\S+"};
        for (String in : inputs) {
            StringBuilder sb = new StringBuilder();
            for (String re : regexes) sb.append(in.matches(re) ? '1' : '0');
            System.out.println("matches [" + in + "] " + sb);
        }
        StringBuilder sb = new StringBuilder("abc");
        System.out.println("contentEquals " + "abc".contentEquals(sb) + " " + "abc".contentEquals(new StringBuffer("abd"))
            + " " + "abc".contentEquals("abc") + " " + "".contentEquals(new StringBuilder()) + " equals(sb) " + "abc".equals(sb));
        String built = new StringBuilder("in").append("tern").toString();
        String lit = "intern";
        System.out.println("built == lit " + (built == lit) + " intern == lit " + (built.intern() == lit)
            + " equals " + built.equals(lit) + " new String == " + (new String("intern") == lit)
            + " new String intern == " + (new String("intern").intern() == lit));
        String fresh = new StringBuilder("never").append("-seen-before").toString();
        String interned = fresh.intern();
        System.out.println("first intern returns same " + (interned == fresh) + " literal after " + (interned == "never-seen-before"));
        System.out.println("concat " + "ab".concat("cd") + " " + "ab".concat("") + " contains " + "hello".contains("ell")
            + " " + "hello".contains("") + " lastIndexOf " + "abcabc".lastIndexOf("bc") + " " + "abcabc".lastIndexOf('a', 2)
            + " " + "abcabc".lastIndexOf("bc", 3) + " " + "abc".lastIndexOf(""));
    }
}
