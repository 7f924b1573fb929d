public class StringSwitch {
    static int command(String s) {
        switch (s) {
            case "start": return 1;
            case "stop": return 2;
            case "pause": return 3;
            case "resume": return 4;
            case "": return 0;
            default: return -1;
        }
    }

    // "Aa" and "BB" have the same hashCode (2112), as do "AaAa", "BBBB", "AaBB", "BBAa"
    static String collide(String s) {
        switch (s) {
            case "Aa": return "first Aa";
            case "BB": return "second BB";
            case "AaAa": return "AaAa";
            case "BBBB": return "BBBB";
            case "AaBB": return "AaBB";
            default: return "no match";
        }
    }

    static String fall(String s) {
        StringBuilder sb = new StringBuilder();
        switch (s) {
            case "a":
                sb.append("A");
            case "b":
                sb.append("B");
                break;
            case "c":
                sb.append("C");
            default:
                sb.append("D");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] cmds = {"start", "stop", "pause", "resume", "", "START", "sto", "stopp"};
        for (String c : cmds) {
            System.out.println("\"" + c + "\" -> " + command(c));
        }
        System.out.println("Aa".hashCode() + " " + "BB".hashCode());
        System.out.println("AaAa".hashCode() + " " + "BBBB".hashCode() + " " + "AaBB".hashCode() + " " + "BBAa".hashCode());
        String[] tests = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "Ab", "aa"};
        for (String t : tests) {
            System.out.println(t + " -> " + collide(t));
        }
        String built = new StringBuilder("tr").append("ats").reverse().toString();
        System.out.println(built + " -> " + command(built));
        String[] fs = {"a", "b", "c", "d"};
        for (String f : fs) {
            System.out.println("fall(" + f + ") = " + fall(f));
        }
        try {
            command(null);
        } catch (NullPointerException e) {
            System.out.println("switch on null: " + e.getClass().getName());
        }
        // word counts by category
        String sentence = "the cat and the dog and a bird or the fish";
        String[] words = sentence.split(" ");
        int articles = 0, conj = 0, others = 0;
        for (String w : words) {
            switch (w) {
                case "the":
                case "a":
                case "an":
                    articles++;
                    break;
                case "and":
                case "or":
                    conj++;
                    break;
                default:
                    others++;
            }
        }
        System.out.println("articles=" + articles + " conj=" + conj + " others=" + others);
        // unicode strings
        String[] unis = {"caf\u00e9", "cafe", "\u65e5\u672c"};
        for (String u : unis) {
            switch (u) {
                case "caf\u00e9": System.out.println("accented"); break;
                case "\u65e5\u672c": System.out.println("japan " + u); break;
                default: System.out.println("plain " + u);
            }
        }
    }
}
