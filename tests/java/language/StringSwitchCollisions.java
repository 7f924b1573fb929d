// Checks classic (colon-form) switch on String: fall-through between cases,
// default in the middle, hash collisions ("Aa"/"BB", "AaAa"/"BBBB"/"AaBB"/
// "BBAa", "Ea"/"FB") which javac resolves by equals() after a lookupswitch
// on hashCode, the empty string, case-sensitivity, and strings whose
// hashCode is negative or Integer.MIN_VALUE-like.
public class StringSwitchCollisions {
    static String classify(String s) {
        StringBuilder sb = new StringBuilder();
        switch (s) {
            case "Aa":
                sb.append("Aa;");
            case "BB":
                sb.append("BB;");
                break;
            case "AaAa":
                sb.append("AaAa;");
                break;
            case "BBBB":
                sb.append("BBBB;");
            case "AaBB":
                sb.append("AaBB;");
            case "BBAa":
                sb.append("BBAa;");
                break;
            default:
                sb.append("default;");
            case "Ea":
                sb.append("Ea;");
                break;
            case "FB":
                sb.append("FB;");
                break;
            case "":
                sb.append("empty;");
                break;
        }
        return sb.toString();
    }

    static int keyword(String s) {
        switch (s) {
            case "if": case "else": return 1;
            case "while": case "for": case "do": return 2;
            case "polygenelubricants": return 3;   // hashCode is Integer.MIN_VALUE
            case "GydZG_": return 4;               // also hashes to Integer.MIN_VALUE
            case "DESIGNING WORKHOUSES": return 5;
            default: return 0;
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "Ea", "FB", "", "aa", "bb", "Ab", "AaAaAa", "zzz"};
        for (String in : inputs) {
            System.out.println("'" + in + "' hash=" + in.hashCode() + " -> " + classify(in));
        }
        String[] words = {"if", "else", "while", "for", "do", "IF", "polygenelubricants", "GydZG_", "DESIGNING WORKHOUSES", "switch"};
        for (String w : words) {
            System.out.println(w + " hash=" + w.hashCode() + " keyword=" + keyword(w));
        }
        // a string built at runtime (not interned) still matches
        String built = new StringBuilder("B").append('B').toString();
        System.out.println("runtime-built 'BB' -> " + classify(built) + " same object as literal: " + (built == "BB"));
        String concat = "Aa".repeat(2);
        System.out.println("repeat-built 'AaAa' -> " + classify(concat));
        int count = 0;
        for (String in : inputs) {
            switch (in.length()) {
                case 2:
                    switch (in) {
                        case "Aa": case "BB": count += 10; break;
                        default: count += 1;
                    }
                    break;
                default:
                    count += 100;
            }
        }
        System.out.println("nested switch count: " + count);
    }
}
