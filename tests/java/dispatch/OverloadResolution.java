public class OverloadResolution {
    static String f(int x) { return "f(int)"; }
    static String f(long x) { return "f(long)"; }
    static String f(double x) { return "f(double)"; }
    static String f(Integer x) { return "f(Integer)"; }
    static String f(Object x) { return "f(Object)"; }
    static String f(int... xs) { return "f(int...)"; }

    static String g(long x) { return "g(long)"; }
    static String g(Integer x) { return "g(Integer)"; }

    static String h(Object o) { return "h(Object)"; }
    static String h(String s) { return "h(String)"; }
    static String h(CharSequence s) { return "h(CharSequence)"; }

    static String k(Object... os) { return "k(Object...) len=" + (os == null ? "null" : String.valueOf(os.length)); }

    static String m(double d) { return "m(double)"; }
    static String m(float f) { return "m(float)"; }

    static String n(Long l) { return "n(Long)"; }
    static String n(Object o) { return "n(Object)"; }

    static String v(int a, int... rest) { return "v(int, int...) rest=" + rest.length; }
    static String v(int a, int b) { return "v(int, int)"; }

    static String c(char ch) { return "c(char)"; }
    static String c(int i) { return "c(int)"; }

    static String box(Number n) { return "box(Number)"; }
    static String box(Comparable<?> c) { return "box(Comparable)"; }
    static String box(Integer i) { return "box(Integer)"; }

    static class Animal {}
    static class Dog extends Animal {}

    static String pet(Animal a) { return "pet(Animal)"; }
    static String pet(Dog d) { return "pet(Dog)"; }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char ch = 'c';
        long l = 4;
        float fl = 5f;
        System.out.println("f(1) -> " + f(1));
        System.out.println("f(byte) -> " + f(b));
        System.out.println("f(short) -> " + f(s));
        System.out.println("f(char) -> " + f(ch));
        System.out.println("f(long) -> " + f(l));
        System.out.println("f(float) -> " + f(fl));
        System.out.println("f(Integer) -> " + f(Integer.valueOf(1)));
        System.out.println("f(Long) -> " + f(Long.valueOf(1)));
        System.out.println("f(\"s\") -> " + f("s"));
        System.out.println("f() -> " + f());
        System.out.println("f(1, 2) -> " + f(1, 2));
        System.out.println("g(5) -> " + g(5));
        System.out.println("h(\"s\") -> " + h("s"));
        System.out.println("h(StringBuilder) -> " + h(new StringBuilder()));
        System.out.println("h((Object) \"s\") -> " + h((Object) "s"));
        System.out.println("h(null) -> " + h((String) null));
        System.out.println("k() -> " + k());
        System.out.println("k(1, \"a\") -> " + k(1, "a"));
        System.out.println("k((Object[]) null) -> " + k((Object[]) null));
        System.out.println("k((Object) null) -> " + k((Object) null));
        System.out.println("k(new String[]{a,b,c}) -> " + k((Object[]) new String[] {"a", "b", "c"}));
        System.out.println("k((Object) new String[]{a,b}) -> " + k((Object) new String[] {"a", "b"}));
        System.out.println("m(1) -> " + m(1));
        System.out.println("m(1L) -> " + m(1L));
        System.out.println("m(1.0) -> " + m(1.0));
        System.out.println("n(5L) -> " + n(5L));
        System.out.println("n(5) -> " + n(5));
        System.out.println("v(1, 2) -> " + v(1, 2));
        System.out.println("v(1) -> " + v(1));
        System.out.println("v(1, 2, 3) -> " + v(1, 2, 3));
        System.out.println("c('x') -> " + c('x'));
        System.out.println("c('x' + 1) -> " + c('x' + 1));
        System.out.println("c((char) ('x' + 1)) -> " + c((char) ('x' + 1)));
        System.out.println("box(5) -> " + box(5));
        System.out.println("box(5.0) via Number -> " + box((Number) 5.0));
        Animal a = new Dog();
        Dog d = new Dog();
        System.out.println("pet(Animal ref to Dog) -> " + pet(a));
        System.out.println("pet(Dog) -> " + pet(d));
        System.out.println("pet((Animal) d) -> " + pet((Animal) d));
    }
}
