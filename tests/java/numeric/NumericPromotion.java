public class NumericPromotion {
    static String type(int x) { return "int"; }
    static String type(long x) { return "long"; }
    static String type(float x) { return "float"; }
    static String type(double x) { return "double"; }
    static String type(char x) { return "char"; }
    static String type(short x) { return "short"; }
    static String type(byte x) { return "byte"; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        int i = 4;
        long l = 5L;
        float f = 6f;
        double d = 7.0;
        System.out.println("byte + byte: " + type(b + b));
        System.out.println("short + byte: " + type(s + b));
        System.out.println("char + char: " + type(c + c));
        System.out.println("char + int: " + type(c + i));
        System.out.println("int + long: " + type(i + l));
        System.out.println("long + float: " + type(l + f));
        System.out.println("float + double: " + type(f + d));
        System.out.println("int * float: " + type(i * f));
        System.out.println("-byte: " + type(-b));
        System.out.println("~char: " + type(~c));
        System.out.println("byte << long: " + type(b << l));
        System.out.println("long << int: " + type(l << i));
        System.out.println("char ternary: " + type(true ? c : 'x'));
        System.out.println("byte/short ternary: " + type(true ? b : s));
        System.out.println("int/long ternary: " + type(true ? i : l));
        System.out.println("byte ++: " + type(b++));
        System.out.println("char cast: " + type((char) i));
        System.out.println("byte var: " + type(b));
        System.out.println("long/float ternary: " + type(false ? l : f));
        // values
        System.out.println(b + s + c + i + l + f + d);
        System.out.println("" + b + s + c + i + l + f + d);
        System.out.println(c + i + "" + c + i);
        System.out.println(l * f / d);
        System.out.println(i / 3 * 3.0);
        System.out.println(i * 3.0 / 3);
        System.out.println(1 / 2 + 1.0 / 2);
        System.out.println(7 / 2 * 2 + 7 % 2);
        System.out.println((double) (i / 3));
        System.out.println((double) i / 3);
        System.out.println(5L / 2 + 5f / 2);
        System.out.println('a' * 2L);
        System.out.println('a' / 2.0f);
        System.out.println(0.1f + 0.1);
        System.out.println((float) (0.1f + 0.1));
        // long vs float exactness
        long big = 123456789123L;
        float bf = big;
        double bd = big;
        System.out.println(bf + " " + bd + " " + (long) bf + " " + (long) bd);
        // comparison promotions
        System.out.println(16777217 == 16777216f);
        System.out.println(16777217L == 16777217.0);
        System.out.println(9007199254740993L == 9007199254740992.0);
        System.out.println((int) 'a' == 97.0);
        System.out.println(0.1f == 0.1);
        System.out.println(0.5f == 0.5);
    }
}
