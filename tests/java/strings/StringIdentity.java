public class StringIdentity {
    static final String CONST = "hello";
    static String nonConst = "hel";

    static String build(String a, String b) {
        return a + b;
    }

    public static void main(String[] args) {
        String a = "hello";
        String b = "hello";
        String c = new String("hello");
        String d = "hel" + "lo";
        String e = nonConst + "lo";
        String f = build("hel", "lo");
        String g = c.intern();
        String h = new StringBuilder("hel").append("lo").toString();
        System.out.println("a == b: " + (a == b));
        System.out.println("a == c: " + (a == c));
        System.out.println("a.equals(c): " + a.equals(c));
        System.out.println("a == d (constant folded): " + (a == d));
        System.out.println("a == CONST: " + (a == CONST));
        System.out.println("a == e (runtime concat): " + (a == e));
        System.out.println("a.equals(e): " + a.equals(e));
        System.out.println("a == f: " + (a == f));
        System.out.println("a == c.intern(): " + (a == g));
        System.out.println("a == h: " + (a == h));
        System.out.println("a == h.intern(): " + (a == h.intern()));
        System.out.println("e.intern() == f.intern(): " + (e.intern() == f.intern()));
        System.out.println("new String(a) != new String(a): " + (new String(a) != new String(a)));
        System.out.println("literal in other class: " + (a == Other.GREETING));
        System.out.println("literal method in other class: " + (a == Other.greeting()));
        final String x = "hel";
        String y = x + "lo";
        System.out.println("final local folding: " + (a == y));
        String z = "";
        System.out.println("empty literal identity: " + (z == "") + " " + (z == new String("")) + " " + ("" == String.valueOf("")));
        System.out.println("hashCodes equal: " + (a.hashCode() == c.hashCode()) + " " + a.hashCode());
        System.out.println("substring identity: " + (a.substring(0) == a) + " " + (a.substring(0, 5) == a) + " " + a.substring(1).equals("ello"));
        String upper = "ABC";
        System.out.println("toUpperCase of upper returns same: " + (upper.toUpperCase() == upper) + ", equals: " + upper.toUpperCase().equals(upper));
        String[] arr = {"hello", "world"};
        System.out.println("array literal element identity: " + (arr[0] == a));
        switchOnIdentity(c);
    }

    static void switchOnIdentity(String s) {
        // switch uses equals, not identity
        switch (s) {
            case "hello":
                System.out.println("switch matched non-interned string");
                break;
            default:
                System.out.println("switch missed");
        }
    }
}

class Other {
    static final String GREETING = "hello";

    static String greeting() {
        return "hello";
    }
}
