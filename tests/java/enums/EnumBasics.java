// Checks the basic java.lang.Enum API: values() (a fresh copy each call),
// valueOf (including a bad name, null and wrong case, printing the exception
// messages), Enum.valueOf(Class, String), ordinal, name, compareTo,
// toString overrides vs name(), equals/==, getDeclaringClass,
// Class.getEnumConstants, and enums used as TreeMap keys.
import java.util.*;

public class EnumBasics {
    enum Color { RED, GREEN, BLUE }

    enum Size {
        SMALL("S"), MEDIUM("M"), LARGE("L"), EXTRA_LARGE("XL");
        private final String code;
        Size(String code) { this.code = code; }
        String code() { return code; }
        @Override public String toString() { return name().charAt(0) + name().substring(1).toLowerCase().replace('_', ' ') + "(" + code + ")"; }
        static Size fromCode(String c) {
            for (Size s : values()) if (s.code.equals(c)) return s;
            throw new IllegalArgumentException("no size with code " + c);
        }
    }

    enum Empty { }

    static void tryValueOf(String name) {
        try {
            System.out.println("valueOf(" + name + ") = " + Color.valueOf(name));
        } catch (IllegalArgumentException e) {
            System.out.println("valueOf(" + name + "): IllegalArgumentException: " + e.getMessage());
        } catch (NullPointerException e) {
            System.out.println("valueOf(" + name + "): NullPointerException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " name=" + c.name() + " ordinal=" + c.ordinal() + " hashSame=" + (c.hashCode() == Color.valueOf(c.name()).hashCode()));
        }
        Color[] v1 = Color.values();
        Color[] v2 = Color.values();
        System.out.println("values() fresh array: " + (v1 != v2) + " equal contents: " + Arrays.equals(v1, v2));
        v1[0] = Color.BLUE;
        System.out.println("after mutating copy: " + Arrays.toString(Color.values()));

        tryValueOf("GREEN");
        tryValueOf("green");
        tryValueOf("PURPLE");
        tryValueOf("");
        tryValueOf(null);
        System.out.println("Enum.valueOf: " + Enum.valueOf(Color.class, "BLUE") + " " + Enum.valueOf(Size.class, "LARGE").name());
        try {
            Enum.valueOf(Size.class, "HUGE");
        } catch (IllegalArgumentException e) {
            System.out.println("Enum.valueOf bad: " + e.getMessage());
        }

        System.out.println("compareTo: " + Color.RED.compareTo(Color.BLUE) + " " + Color.BLUE.compareTo(Color.RED) + " " + Color.GREEN.compareTo(Color.GREEN));
        System.out.println("== and equals: " + (Color.valueOf("RED") == Color.RED) + " " + Color.RED.equals(Color.RED) + " " + Color.RED.equals(Size.SMALL));

        for (Size s : Size.values()) {
            System.out.println("Size " + s.name() + " toString=" + s + " code=" + s.code() + " ordinal=" + s.ordinal());
        }
        System.out.println("fromCode(XL) = " + Size.fromCode("XL").name());
        try {
            Size.fromCode("XXL");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("valueOf uses name not toString: " + Size.valueOf("EXTRA_LARGE").code());

        System.out.println("getDeclaringClass: " + Color.RED.getDeclaringClass().getName() + " " + Size.SMALL.getDeclaringClass().getSimpleName());
        System.out.println("getClass: " + Color.RED.getClass().getName());
        System.out.println("getEnumConstants: " + Arrays.toString(Color.class.getEnumConstants()) + " empty: " + Empty.values().length
                + " " + Empty.class.getEnumConstants().length);
        System.out.println("isEnum-ish: " + (Color.RED instanceof Enum) + " " + (Color.RED instanceof Comparable) + " " + (Color.RED instanceof java.io.Serializable));
        System.out.println("non-enum getEnumConstants: " + String.class.getEnumConstants());

        Map<Size, Integer> stock = new TreeMap<>();
        stock.put(Size.LARGE, 3);
        stock.put(Size.SMALL, 10);
        stock.put(Size.EXTRA_LARGE, 1);
        stock.put(Size.MEDIUM, 0);
        System.out.println("TreeMap by ordinal: " + stock);
        List<Color> colors = new ArrayList<>(List.of(Color.BLUE, Color.RED, Color.BLUE, Color.GREEN));
        Collections.sort(colors);
        System.out.println("sorted: " + colors + " max=" + Collections.max(colors));
        Comparator<Color> byName = Comparator.comparing(Enum::name);
        colors.sort(byName.reversed());
        System.out.println("by name desc: " + colors);
        Map<String, Color> byLower = new HashMap<>();
        for (Color c : Color.values()) byLower.put(c.name().toLowerCase(), c);
        System.out.println("lookup: " + byLower.get("green") + " " + byLower.get("pink"));
    }
}
