public class RadixConversions {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 7, 8, 10, 255, -255, 4096, 123456789, -123456789, Integer.MAX_VALUE, Integer.MIN_VALUE};
        int[] radixes = {2, 3, 8, 10, 16, 36};
        for (int v : vals) {
            StringBuilder sb = new StringBuilder();
            sb.append(v).append(':');
            for (int r : radixes) {
                sb.append(' ').append(Integer.toString(v, r));
            }
            System.out.println(sb);
        }
        for (int v : vals) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v)
                + " bin " + Integer.toBinaryString(v));
        }
        String[] inputs = {"0", "-0", "+42", "-42", "2147483647", "-2147483648", "007", "1010"};
        for (String s : inputs) {
            System.out.println("parseInt(" + s + ") = " + Integer.parseInt(s));
        }
        System.out.println(Integer.parseInt("1010", 2));
        System.out.println(Integer.parseInt("-1010", 2));
        System.out.println(Integer.parseInt("777", 8));
        System.out.println(Integer.parseInt("ff", 16));
        System.out.println(Integer.parseInt("FF", 16));
        System.out.println(Integer.parseInt("-80000000", 16));
        System.out.println(Integer.parseInt("7fffffff", 16));
        System.out.println(Integer.parseInt("zz", 36));
        System.out.println(Integer.parseInt("Kona", 27));
        System.out.println(Integer.valueOf("123").intValue() + 1);
        System.out.println(Integer.valueOf("7f", 16));
        System.out.println(Long.parseLong("123456789012"));
        System.out.println(Long.parseLong("-zzzzzzzzzz", 36));
        System.out.println(Long.toString(255L, 16));
        System.out.println(Long.toString(-255L, 2));
        System.out.println(Short.parseShort("-32768"));
        System.out.println(Byte.parseByte("127"));
        System.out.println(Byte.parseByte("-80", 16));
        // hand-written conversion matches library
        int n = 987654321;
        for (int r = 2; r <= 36; r += 5) {
            StringBuilder sb = new StringBuilder();
            int x = n;
            while (x > 0) {
                sb.append(Character.forDigit(x % r, r));
                x /= r;
            }
            String mine = sb.reverse().toString();
            System.out.println("radix " + r + ": " + mine + " " + mine.equals(Integer.toString(n, r)));
        }
        System.out.println(Character.digit('f', 16) + " " + Character.digit('z', 36) + " " + Character.digit('9', 8)
            + " " + Character.forDigit(11, 16));
        // parse errors
        String[] bad = {"abc", "", "12a", "2147483648", "-2147483649", " 1", "1 ", "+", "-", "0x10", "1_000"};
        for (String s : bad) {
            try {
                System.out.println(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                System.out.println("bad \"" + s + "\": " + e.getMessage());
            }
        }
        try {
            Integer.parseInt("12", 2);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Integer.parseInt("99", 40);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Long.parseLong("12L");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Byte.parseByte("200");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Double.parseDouble("1.2.3");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        try {
            Double.parseDouble("");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }
}
