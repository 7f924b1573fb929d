public class BigFactorial {
    // little-endian base-10000 digits
    static int[] multiply(int[] num, int len, int factor, int[] lenOut) {
        int carry = 0;
        for (int i = 0; i < len; i++) {
            int v = num[i] * factor + carry;
            num[i] = v % 10000;
            carry = v / 10000;
        }
        while (carry > 0) {
            num[len++] = carry % 10000;
            carry /= 10000;
        }
        lenOut[0] = len;
        return num;
    }

    static String toString(int[] num, int len) {
        StringBuilder sb = new StringBuilder();
        sb.append(num[len - 1]);
        for (int i = len - 2; i >= 0; i--) {
            String part = Integer.toString(num[i]);
            for (int p = part.length(); p < 4; p++) sb.append('0');
            sb.append(part);
        }
        return sb.toString();
    }

    static String factorial(int n) {
        int[] num = new int[1000];
        num[0] = 1;
        int[] len = {1};
        for (int i = 2; i <= n; i++) multiply(num, len[0], i, len);
        return toString(num, len[0]);
    }

    static String add(String a, String b) {
        StringBuilder sb = new StringBuilder();
        int i = a.length() - 1, j = b.length() - 1, carry = 0;
        while (i >= 0 || j >= 0 || carry > 0) {
            int s = carry + (i >= 0 ? a.charAt(i--) - '0' : 0) + (j >= 0 ? b.charAt(j--) - '0' : 0);
            sb.append((char) ('0' + s % 10));
            carry = s / 10;
        }
        return sb.reverse().toString();
    }

    static int digitSum(String s) {
        int t = 0;
        for (int i = 0; i < s.length(); i++) t += s.charAt(i) - '0';
        return t;
    }

    public static void main(String[] args) {
        for (int n : new int[] {0, 1, 5, 10, 20, 21, 25, 30, 50}) {
            System.out.println(n + "! = " + factorial(n));
        }
        String f100 = factorial(100);
        System.out.println("100! has " + f100.length() + " digits, digit sum " + digitSum(f100));
        int trailing = 0;
        for (int i = f100.length() - 1; f100.charAt(i) == '0'; i--) trailing++;
        System.out.println("100! trailing zeros " + trailing);
        String f500 = factorial(500);
        System.out.println("500! has " + f500.length() + " digits, starts " + f500.substring(0, 20) + ", digit sum " + digitSum(f500));
        // big fibonacci with string addition
        String a = "0", b = "1";
        for (int i = 0; i < 300; i++) {
            String c = add(a, b);
            a = b;
            b = c;
        }
        System.out.println("fib(300) = " + a);
        // powers of two
        String p = "1";
        for (int i = 0; i < 200; i++) p = add(p, p);
        System.out.println("2^200 = " + p);
    }
}
