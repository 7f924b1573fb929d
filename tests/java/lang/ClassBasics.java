// Checks java.lang.Class basics: getName/getSimpleName/getTypeName of
// primitives, arrays, nested, inner, local and anonymous classes;
// isInstance/isAssignableFrom/cast; getEnumConstants and isEnum (including
// constant-specific bodies); getComponentType; isInterface/isArray/
// isPrimitive/isAnnotation/isAnonymousClass; getSuperclass; Class.toString;
// class literal identity and wrapper TYPE fields.
import java.io.Serializable;
import java.util.Arrays;

public class ClassBasics {
    interface Shape {
        double area();
    }

    static class Square implements Shape, Comparable<Square> {
        public double area() {
            return 4;
        }

        public int compareTo(Square o) {
            return 0;
        }
    }

    class Inner {
    }

    enum Color { RED, GREEN { @Override public String toString() { return "green!"; } }, BLUE }

    enum Empty { }

    @interface Note { }

    static String info(Class<?> c) {
        return c.getName() + " simple=" + c.getSimpleName() + " type=" + c.getTypeName()
            + " prim=" + c.isPrimitive() + " array=" + c.isArray() + " iface=" + c.isInterface() + " enum=" + c.isEnum()
            + " anno=" + c.isAnnotation() + " anon=" + c.isAnonymousClass()
            + " super=" + (c.getSuperclass() == null ? "null" : c.getSuperclass().getName())
            + " component=" + (c.getComponentType() == null ? "null" : c.getComponentType().getName());
    }

    public static void main(String[] args) {
        class Local implements Runnable {
            public void run() {
            }
        }
        Shape anon = new Shape() {
            public double area() {
                return 1;
            }
        };
        Runnable lambdaless = new Runnable() {
            public void run() {
            }
        };
        Class<?>[] classes = {int.class, void.class, double.class, boolean.class, int[].class, String[].class, int[][].class,
            Square[].class, String.class, Object.class, Integer.class, Shape.class, Square.class, Inner.class, Color.class,
            Color.GREEN.getClass(), Color.RED.getClass(), Empty.class, Note.class, Local.class, anon.getClass(), lambdaless.getClass(),
            Runnable.class, Comparable.class, ClassBasics.class, Local[].class};
        for (Class<?> c : classes) System.out.println(info(c));

        System.out.println("isInstance " + String.class.isInstance("s") + " " + String.class.isInstance(null) + " " + Object.class.isInstance(new int[0])
            + " " + Shape.class.isInstance(new Square()) + " " + Shape.class.isInstance(anon) + " " + Comparable.class.isInstance(new Square())
            + " " + int.class.isInstance(5) + " " + Integer.class.isInstance(5) + " " + Object[].class.isInstance(new String[0])
            + " " + Object[].class.isInstance(new int[0]) + " " + Cloneable.class.isInstance(new int[0]) + " " + Serializable.class.isInstance(new String[0]));
        System.out.println("isAssignableFrom " + Object.class.isAssignableFrom(String.class) + " " + String.class.isAssignableFrom(Object.class)
            + " " + Shape.class.isAssignableFrom(Square.class) + " " + Number.class.isAssignableFrom(Integer.class)
            + " " + int.class.isAssignableFrom(int.class) + " " + long.class.isAssignableFrom(int.class) + " " + Object.class.isAssignableFrom(int.class)
            + " " + Object[].class.isAssignableFrom(Square[].class) + " " + Shape[].class.isAssignableFrom(Square[].class));
        System.out.println("cast " + String.class.cast("ok") + " " + String.class.cast(null));
        try {
            Integer.class.cast("str");
        } catch (ClassCastException e) {
            System.out.println("cast failure: " + e.getMessage());
        }
        System.out.println("enum constants " + Arrays.toString(Color.class.getEnumConstants()) + " empty " + Empty.class.getEnumConstants().length
            + " non-enum " + String.class.getEnumConstants() + " via body class " + Color.GREEN.getClass().getEnumConstants()
            + " declaring " + Color.GREEN.getDeclaringClass().getSimpleName() + " ordinal " + Color.GREEN.ordinal() + " name " + Color.GREEN.name());
        System.out.println("super of Shape " + Shape.class.getSuperclass()
            + " super of int " + int.class.getSuperclass() + " super of int[] " + int[].class.getSuperclass().getName());
        System.out.println("identity " + (int.class == Integer.TYPE) + " " + (void.class == Void.TYPE) + " " + (char.class == Character.TYPE)
            + " " + (new int[0].getClass() == int[].class) + " " + ("s".getClass() == String.class) + " " + (int[].class.getComponentType() == int.class)
            + " " + (Color.RED.getClass() == Color.class) + " " + (Color.GREEN.getClass() == Color.class) + " " + (int[][].class.getComponentType() == int[].class));
        System.out.println("toString " + int.class + " | " + String.class + " | " + Shape.class + " | " + int[].class + " | " + Note.class
            + " | " + Color.class);
        Object[] objs = {1, 1L, 1.0, 1.0f, 'c', (short) 1, (byte) 1, true, "s", new Object[0], Color.BLUE, anon};
        StringBuilder sb = new StringBuilder();
        for (Object o : objs) sb.append(o.getClass().getSimpleName()).append(' ');
        System.out.println("runtime classes " + sb.toString().trim());
    }
}
