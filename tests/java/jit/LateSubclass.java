// Methods that look unique while the code calling them is hot, until a
// subclass or a second implementation is loaded: the compiled callers must
// switch to the new method, including an activation that is running at the
// moment the new class loads.
public class LateSubclass {
    static class Base {
        int value(int x) {
            return x + 1;
        }
    }

    // Loaded only when first used, long after Base.value got hot.
    static class Late extends Base {
        int value(int x) {
            return x * 100;
        }
    }

    static class Later extends Late {
        int value(int x) {
            return -x;
        }
    }

    interface Shape {
        int sides();
    }

    static class Triangle implements Shape {
        public int sides() {
            return 3;
        }
    }

    static class Square implements Shape {
        public int sides() {
            return 4;
        }
    }

    static abstract class Greeter {
        abstract String greet();
    }

    static class English extends Greeter {
        String greet() {
            return "hello";
        }
    }

    static class French extends Greeter {
        String greet() {
            return "bonjour";
        }
    }

    static int call(Base b, int x) {
        return b.value(x);
    }

    static int sides(Shape s) {
        return s.sides();
    }

    static String greet(Greeter g) {
        return g.greet();
    }

    static Base make(int kind) {
        switch (kind) {
            case 1:
                return new Late();
            case 2:
                return new Later();
            default:
                return new Base();
        }
    }

    // One long-running activation: the loop calls value() on a Base
    // receiver for a while, then the receivers change to classes loaded
    // only now, in the middle of the loop.
    static long loop(int n) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int kind = i < n / 2 ? 0 : (i < 3 * n / 4 ? 1 : 2);
            sum += make(kind).value(i);
        }
        return sum;
    }

    public static void main(String[] args) throws Exception {
        Base base = new Base();
        long sum = 0;
        for (int i = 0; i < 20000; i++) {
            sum += call(base, i);
        }
        System.out.println("base only " + sum);
        Base late = new Late();
        System.out.println("late " + call(late, 5) + " base " + call(base, 5));
        sum = 0;
        for (int i = 0; i < 20000; i++) {
            sum += call(i % 2 == 0 ? base : late, i);
        }
        System.out.println("mixed " + sum);

        System.out.println("loop " + loop(40000));

        Shape t = new Triangle();
        int total = 0;
        for (int i = 0; i < 20000; i++) {
            total += sides(t);
        }
        System.out.println("one implementor " + total);
        Shape s = (Shape) Class.forName("LateSubclass$Square").getDeclaredConstructor().newInstance();
        System.out.println("square " + sides(s) + " triangle " + sides(t));

        Greeter en = new English();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            if (greet(en).length() != 5) {
                sb.append("wrong");
            }
        }
        Greeter fr = new French();
        System.out.println("greet " + greet(fr) + " " + greet(en) + sb);
    }
}
