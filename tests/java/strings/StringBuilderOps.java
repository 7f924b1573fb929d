public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("abc").append(1).append('x').append(2L).append(3.5).append(1.5f).append(true).append((Object) null).append((String) null);
        System.out.println(sb + " length " + sb.length());
        sb.setLength(3);
        System.out.println(sb);
        sb.insert(0, "start-");
        sb.insert(sb.length(), "-end");
        sb.insert(6, 42);
        sb.insert(2, 'Z');
        System.out.println(sb);
        sb.reverse();
        System.out.println(sb);
        sb.reverse();
        sb.deleteCharAt(2);
        System.out.println(sb);
        sb.setCharAt(0, 'S');
        System.out.println(sb + " charAt(1)=" + sb.charAt(1));
        System.out.println("indexOf(\"end\") " + sb.indexOf("end") + " indexOf(\"zzz\") " + sb.indexOf("zzz"));
        while (sb.length() > 9) sb.deleteCharAt(0);
        System.out.println(sb);
        sb.insert(0, "INSERTED");
        System.out.println(sb);
        sb.setLength(0);
        System.out.println("[" + sb + "] " + sb.length());
        // growth
        StringBuilder big = new StringBuilder(2);
        for (int i = 0; i < 100; i++) big.append(i % 10);
        System.out.println(big.length() + " " + big.toString().substring(90) + " " + big.toString().substring(5, 15));
        // setLength extends with NUL chars
        StringBuilder pad = new StringBuilder("ab");
        pad.setLength(4);
        System.out.println(pad.length() + " " + (int) pad.charAt(3));
        // append char arrays and sub sequences
        char[] cs = {'w', 'x', 'y', 'z'};
        StringBuilder c2 = new StringBuilder().append(cs).append(new char[0]).append(cs).append(new StringBuilder("sb"));
        System.out.println(c2);
        // reverse palindrome check
        String[] words = {"level", "rotor", "java", "a", "abba", "abca"};
        for (String w : words) {
            boolean pal = new StringBuilder(w).reverse().toString().equals(w);
            System.out.print(w + "=" + pal + " ");
        }
        System.out.println();
        // appending numbers of every kind
        StringBuilder nums = new StringBuilder();
        nums.append(Integer.MIN_VALUE).append(' ').append(Long.MIN_VALUE).append(' ').append(Double.MIN_VALUE).append(' ')
            .append(Float.MAX_VALUE).append(' ').append((byte) -1).append(' ').append((short) 300).append(' ').append('\u00e9');
        System.out.println(nums);
        // exceptions
        try {
            new StringBuilder("abc").charAt(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("abc").deleteCharAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("abc").insert(4, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new StringBuilder("abc").setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        // equals is identity for StringBuilder
        StringBuilder a1 = new StringBuilder("same");
        StringBuilder a2 = new StringBuilder("same");
        System.out.println(a1.equals(a2) + " " + a1.toString().equals(a2.toString()) + " " + a1.equals(a1));
        // chained building of a table
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            table.append('|');
            for (int j = 1; j <= 3; j++) table.append(' ').append(i * j).append(" |");
            table.append('\n');
        }
        System.out.print(table);
    }
}
