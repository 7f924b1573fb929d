public class CharSwitch {
    static String kind(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
            case 'A': case 'E': case 'I': case 'O': case 'U':
                return "vowel";
            case ' ': case '\t': case '\n':
                return "space";
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                return "digit";
            case '+': case '-': case '*': case '/':
                return "operator";
            case '\u00e9':
                return "e-acute";
            case '\uffff':
                return "max char";
            default:
                if (Character.isLetter(c)) return "consonant";
                return "other";
        }
    }

    static int romanValue(char c) {
        switch (c) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: return 0;
        }
    }

    static int fromRoman(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = romanValue(s.charAt(i));
            if (i + 1 < s.length() && v < romanValue(s.charAt(i + 1))) total -= v;
            else total += v;
        }
        return total;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String text = "Hi 42+x\t\u00e9?";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            System.out.println((int) c + " " + kind(c));
        }
        System.out.println(kind('\uffff'));
        String[] romans = {"III", "IV", "IX", "XLII", "XCIX", "MCMXCIV", "MMXXIV", "CDXLIV"};
        for (String r : romans) {
            System.out.println(r + " = " + fromRoman(r));
        }
        System.out.println(escape("line1\nline2\t\"quoted\" back\\slash"));
        // simple calculator with char operators
        char[] ops = {'+', '-', '*', '/', '%', '^'};
        for (char op : ops) {
            int a = 17, b = 5;
            int r;
            switch (op) {
                case '+': r = a + b; break;
                case '-': r = a - b; break;
                case '*': r = a * b; break;
                case '/': r = a / b; break;
                case '%': r = a % b; break;
                default:
                    System.out.println("unknown op " + op);
                    continue;
            }
            System.out.println(a + " " + op + " " + b + " = " + r);
        }
    }
}
