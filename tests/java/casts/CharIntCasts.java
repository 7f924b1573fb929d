public class CharIntCasts {
    static char shift(char c, int n) {
        if (Character.isUpperCase(c)) return (char) ('A' + (c - 'A' + n + 26) % 26);
        if (Character.isLowerCase(c)) return (char) ('a' + (c - 'a' + n + 26) % 26);
        return c;
    }

    public static void main(String[] args) {
        for (int i = 32; i < 127; i += 8) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < i + 8 && j < 127; j++) sb.append(j).append('=').append((char) j).append(' ');
            System.out.println(sb.toString().trim());
        }
        String word = "Rotate Me!";
        StringBuilder rot = new StringBuilder();
        for (char c : word.toCharArray()) rot.append(shift(c, 13));
        System.out.println(rot);
        StringBuilder back = new StringBuilder();
        for (int i = 0; i < rot.length(); i++) back.append(shift(rot.charAt(i), -13));
        System.out.println(back);
        // digits <-> chars
        for (int d = 0; d < 10; d++) System.out.print((char) ('0' + d));
        System.out.println();
        for (char c = '0'; c <= '9'; c++) System.out.print(c - '0');
        System.out.println();
        // hex digit conversion
        String hex = "";
        int value = 0xBEEF;
        while (value > 0) {
            int digit = value & 0xF;
            hex = (char) (digit < 10 ? '0' + digit : 'a' + digit - 10) + hex;
            value >>>= 4;
        }
        System.out.println(hex);
        // char arithmetic result types
        char a = 'a';
        int sum = a + a;
        char next = (char) (a + 1);
        char compound = a;
        compound += 2;
        System.out.println(sum + " " + next + " " + compound);
        // integer to char out of range wraps
        System.out.println((int) (char) 65536 + " " + (int) (char) 65601 + " " + (char) 65601 + " " + (int) (char) -65);
        // comparing chars and ints
        char z = 'z';
        System.out.println((z == 122) + " " + (z > 'a') + " " + (z - 'a'));
        // Character methods with ints
        System.out.println(Character.isDigit('5') + " " + Character.isLetter((char) 233) + " " + (char) 233);
        // char in switch over computed int
        int[] codes = {72, 105, 33};
        StringBuilder msg = new StringBuilder();
        for (int cd : codes) msg.append((char) cd);
        System.out.println(msg);
        // char array from ints
        char[] arr = new char[5];
        for (int i = 0; i < arr.length; i++) arr[i] = (char) ('v' + i);
        System.out.println(new String(arr));
        System.out.println(String.valueOf((char) 0x263A) + " " + Character.toString((char) 97) + " " + Character.valueOf((char) 98));
    }
}
