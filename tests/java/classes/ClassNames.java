public class ClassNames {
    static class Nested {
        static class Deep {}
    }

    class Inner {}

    interface Marker {}

    enum Suit { HEARTS, SPADES { public String toString() { return "spades!"; } } }

    static void show(Object o) {
        Class<?> c = o.getClass();
        System.out.println("name=" + c.getName() + " simple=\"" + c.getSimpleName() + "\" array=" + c.isArray());
    }

    public static void main(String[] args) {
        show(new ClassNames());
        show(new Nested());
        show(new Nested.Deep());
        show(new ClassNames().new Inner());
        show(new Marker() {});
        show(new Object() {});
        class Local {}
        show(new Local());
        show(Suit.HEARTS);
        show(Suit.SPADES);
        show("string");
        show(42);
        show(4.2);
        show('c');
        show(true);
        show(7L);
        show(new StringBuilder());
        show(new int[0]);
        show(new int[2][3]);
        show(new long[1]);
        show(new double[1]);
        show(new float[1]);
        show(new char[1]);
        show(new byte[1]);
        show(new short[1]);
        show(new boolean[1]);
        show(new String[0]);
        show(new String[1][1]);
        show(new Object[0]);
        show(new Nested[0]);
        show(new Nested.Deep[1][]);
        show(new Inner[0]);
        show(new java.util.ArrayList<String>());
        show(new java.util.HashMap<String, Integer>());
        show(new RuntimeException());
        System.out.println(int.class.getName() + " " + void.class.getName() + " " + int[].class.getName());
        System.out.println(Nested.class.getSuperclass().getName());
        System.out.println(Suit.SPADES.getClass().getSuperclass().getName());
        System.out.println(Suit.HEARTS.getClass().getSuperclass().getName());
        System.out.println(Object.class.getSuperclass());
        System.out.println(int[].class.getSuperclass().getName());
        System.out.println(Integer.class.getSuperclass().getName());
        System.out.println(Suit.SPADES + " " + Suit.SPADES.name() + " " + Suit.SPADES.ordinal());
        System.out.println(String.class + " | " + Marker.class + " | " + int.class + " | " + String[].class);
    }
}
