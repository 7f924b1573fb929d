public class IfElseChains {
    static String classify(int n) {
        if (n < 0) {
            if (n < -100) {
                return "very negative";
            } else if (n < -10) {
                return "negative";
            } else {
                return "slightly negative";
            }
        } else if (n == 0) {
            return "zero";
        } else if (n < 10) {
            return "small";
        } else if (n < 100) {
            return "medium";
        } else if (n < 1000) {
            return "large";
        }
        return "huge";
    }

    static String grade(double score) {
        String g;
        if (score >= 90) g = "A";
        else if (score >= 80) g = "B";
        else if (score >= 70) g = "C";
        else if (score >= 60) g = "D";
        else g = "F";
        if (score >= 60 && score % 10 >= 7 && score < 100) g += "+";
        else if (score >= 60 && score % 10 < 3) g += "-";
        return g;
    }

    static String fizz(int i) {
        if (i % 15 == 0) return "FizzBuzz";
        if (i % 5 == 0) return "Buzz";
        if (i % 3 == 0) return "Fizz";
        return Integer.toString(i);
    }

    static boolean leap(int y) {
        if (y % 4 != 0) return false;
        else if (y % 100 != 0) return true;
        else return y % 400 == 0;
    }

    static String compareLongs(long a, long b) {
        if (a > b) return a + " > " + b;
        if (a < b) return a + " < " + b;
        return a + " == " + b;
    }

    static String compareObj(Object a, Object b) {
        if (a == null && b == null) return "both null";
        if (a == null || b == null) return "one null";
        if (a == b) return "same";
        if (a.equals(b)) return "equal";
        return "different";
    }

    public static void main(String[] args) {
        int[] nums = {-1000, -50, -3, 0, 5, 42, 999, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int n : nums) {
            System.out.println(n + " is " + classify(n));
        }
        double[] scores = {100, 95.5, 89, 81, 77.7, 70, 65, 61, 59.9, 0};
        for (double s : scores) {
            System.out.println(s + " -> " + grade(s));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            sb.append(fizz(i));
            if (i < 30) sb.append(',');
        }
        System.out.println(sb);
        int[] years = {1900, 2000, 2004, 2023, 2024, 2100, 2400};
        for (int y : years) {
            System.out.println(y + (leap(y) ? " leap" : " common"));
        }
        System.out.println(compareLongs(5, 3));
        System.out.println(compareLongs(-5, 3));
        System.out.println(compareLongs(Long.MIN_VALUE, Long.MIN_VALUE));
        String s1 = "hi";
        String s2 = new String("hi");
        System.out.println(compareObj(null, null));
        System.out.println(compareObj(s1, null));
        System.out.println(compareObj(s1, s1));
        System.out.println(compareObj(s1, s2));
        System.out.println(compareObj(s1, "ho"));
        // if with boolean variables and negation
        boolean a = true, b = false;
        if (!a) System.out.println("not a");
        else if (!b) System.out.println("not b");
        if (a != b) System.out.println("a != b");
        if (a == !b) System.out.println("a == !b");
        // empty statements and dangling else
        int x = 5;
        if (x > 0)
            if (x > 10)
                System.out.println("x > 10");
            else
                System.out.println("0 < x <= 10");
        if (x > 3) { } else { System.out.println("never"); }
        // comparisons of floats in conditions
        float f = 0.1f;
        if (f > 0.1) System.out.println("0.1f > 0.1");
        else System.out.println("0.1f <= 0.1");
        double d = -0.0;
        if (d < 0) System.out.println("-0.0 < 0");
        else if (d == 0) System.out.println("-0.0 == 0");
    }
}
