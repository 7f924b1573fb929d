public class CharArithmetic {
    static char next(char c) { return (char) (c + 1); }

    public static void main(String[] args) {
        char a = 'a';
        System.out.println(a + 1);
        System.out.println((char) (a + 1));
        System.out.println("" + a + 1);
        System.out.println(a + 'b');
        System.out.println("" + a + 'b');
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        char c = 'x';
        c++;
        System.out.println(c);
        System.out.println(next('Z'));
        System.out.println('9' - '0');
        System.out.println((int) 'A');
        System.out.println((char) 66);
        StringBuilder alphabet = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch++) {
            alphabet.append(ch);
        }
        System.out.println(alphabet);
        StringBuilder upper = new StringBuilder();
        for (int i = 0; i < alphabet.length(); i++) {
            upper.append((char) (alphabet.charAt(i) - 32));
        }
        System.out.println(upper);
        // caesar cipher
        String msg = "Hello, World! xyz";
        StringBuilder enc = new StringBuilder();
        for (int i = 0; i < msg.length(); i++) {
            char ch = msg.charAt(i);
            if (ch >= 'a' && ch <= 'z') {
                ch = (char) ('a' + (ch - 'a' + 3) % 26);
            } else if (ch >= 'A' && ch <= 'Z') {
                ch = (char) ('A' + (ch - 'A' + 3) % 26);
            }
            enc.append(ch);
        }
        System.out.println(enc);
        // digit parsing by hand
        String num = "8675309";
        int value = 0;
        for (int i = 0; i < num.length(); i++) {
            value = value * 10 + (num.charAt(i) - '0');
        }
        System.out.println(value + 1);
        // char comparisons
        System.out.println('a' < 'b');
        System.out.println('Z' < 'a');
        System.out.println((char) 0xFFFF > 0);
        char max = Character.MAX_VALUE;
        System.out.println((int) max);
        System.out.println((int) Character.MIN_VALUE);
        // ternary with char and int
        boolean t = true;
        System.out.println(t ? 'x' : 0);
        System.out.println(t ? 'x' : 65536);
        int i = 0;
        System.out.println(t ? 'x' : i);
        System.out.println(false ? 1 : 'y');
        // char in switch computing
        int vowels = 0;
        String text = "programming language";
        for (int k = 0; k < text.length(); k++) {
            switch (text.charAt(k)) {
                case 'a': case 'e': case 'i': case 'o': case 'u':
                    vowels++;
                    break;
                default:
                    break;
            }
        }
        System.out.println("vowels = " + vowels);
        // char as array index
        int[] counts = new int[128];
        for (int k = 0; k < text.length(); k++) {
            counts[text.charAt(k)]++;
        }
        for (char ch = 'a'; ch <= 'z'; ch++) {
            if (counts[ch] > 0) {
                System.out.print(ch + "=" + counts[ch] + " ");
            }
        }
        System.out.println();
        char hi = '\u00e9';
        System.out.println((int) hi);
        System.out.println(hi);
        System.out.println((char) (hi + 1));
        System.out.println(Character.toUpperCase(hi));
        char snowman = '\u2603';
        System.out.println(snowman + " " + (int) snowman);
    }
}
