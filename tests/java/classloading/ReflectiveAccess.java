import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

// Constructors through reflection: access checks (IllegalAccessException
// unless setAccessible), argument conversion, wrapped exceptions.
public class ReflectiveAccess {
    public static void main(String[] args) throws Exception {
        Class<?> hidden = ReflectiveAccessHidden.class;
        try {
            hidden.getDeclaredConstructor().newInstance();
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        try {
            hidden.newInstance();
        } catch (IllegalAccessException e) {
            System.out.println("Class.newInstance: " + e.getMessage());
        }
        Constructor<?> c = hidden.getDeclaredConstructor();
        c.setAccessible(true);
        System.out.println("after setAccessible: " + c.newInstance());
        System.out.println("package-private: " + ReflectiveAccessOpen.class.getDeclaredConstructor(int.class).newInstance(5));
        System.out.println("nested private: " + Nested.class.getDeclaredConstructor().newInstance());
        Constructor<?> wide = ReflectiveAccessOpen.class.getDeclaredConstructor(long.class, double.class);
        System.out.println("widened: " + wide.newInstance(3, 2.5f));
        try {
            wide.newInstance("x", 1.0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            wide.newInstance(1L);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            ReflectiveAccessOpen.class.getDeclaredConstructor(String.class).newInstance("boom");
        } catch (InvocationTargetException e) {
            System.out.println("wrapped: " + e.getCause());
        }
        try {
            ReflectiveAccessOpen.class.getDeclaredConstructor(String.class).newInstance((Object) null);
        } catch (InvocationTargetException e) {
            System.out.println("wrapped: " + e.getCause().getClass().getName());
        }
        // The order of getDeclaredConstructors is unspecified: sort.
        Constructor<?>[] all = ReflectiveAccessOpen.class.getDeclaredConstructors();
        String[] described = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            described[i] = all[i] + " " + all[i].getParameterCount();
        }
        java.util.Arrays.sort(described);
        for (String d : described) {
            System.out.println(d);
        }
        System.out.println(ReflectiveAccessOpen.class.getConstructors().length + " public");
        try {
            Runnable.class.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            System.out.println(e);
        }
    }

    private static class Nested {
        private Nested() {
        }

        @Override
        public String toString() {
            return "nested";
        }
    }
}

class ReflectiveAccessHidden {
    private ReflectiveAccessHidden() {
    }

    @Override
    public String toString() {
        return "hidden";
    }
}

class ReflectiveAccessOpen {
    private final String text;

    ReflectiveAccessOpen(int n) {
        text = "open " + n;
    }

    public ReflectiveAccessOpen(long a, double b) {
        text = a + " and " + b;
    }

    protected ReflectiveAccessOpen(String s) {
        if (s == null) {
            throw new NullPointerException();
        }
        throw new IllegalStateException(s);
    }

    @Override
    public String toString() {
        return text;
    }
}
