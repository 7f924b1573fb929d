import java.io.InputStream;

// The same class bytes defined by two loaders are two classes: separate
// static state, not assignable to each other, and a ClassCastException
// that names both loaders.
public class TwoLoaders {
    static final class Isolated extends ClassLoader {
        Isolated(String name) {
            super(name, null);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try (InputStream in = TwoLoaders.class.getResourceAsStream("/" + name + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] b = in.readAllBytes();
                return defineClass(name, b, 0, b.length);
            } catch (java.io.IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Isolated first = new Isolated("first");
        Isolated second = new Isolated("second");
        Class<?> a = first.loadClass("TwoLoaders$Counter");
        Class<?> b = second.loadClass("TwoLoaders$Counter");
        System.out.println("same name: " + a.getName().equals(b.getName()));
        System.out.println("same class: " + (a == b));
        System.out.println("assignable: " + a.isAssignableFrom(b) + " " + b.isAssignableFrom(a));
        Object x = a.getDeclaredConstructor().newInstance();
        Object y = b.getDeclaredConstructor().newInstance();
        a.getDeclaredConstructor().newInstance();
        System.out.println("counts: " + x + " " + y);
        System.out.println("instanceof the other: " + b.isInstance(x) + " " + a.isInstance(x));
        try {
            b.cast(x);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Comparable<?> c = (Comparable<?>) x;
            System.out.println(c);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage().replaceAll("@[0-9a-f]+", "@HASH"));
        }
        Object[] both = {x, y};
        for (Object o : both) {
            System.out.println(o.getClass().getClassLoader().getName() + ": " + o);
        }
        System.out.println("app class unaffected: " + new Counter());
    }

    public static class Counter {
        static int made;

        public Counter() {
        }

        final int n = ++made;

        @Override
        public String toString() {
            return n + "/" + made;
        }
    }
}
