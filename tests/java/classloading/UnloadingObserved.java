import java.io.InputStream;
import java.lang.ref.WeakReference;

// Classes of a dropped loader disappear: a WeakReference to the class (and
// to the loader) is cleared by System.gc(). An instance keeps its class
// and loader alive until it too is dropped.
public class UnloadingObserved {
    static final class Isolated extends ClassLoader {
        Isolated() {
            super(null);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try (InputStream in = UnloadingObserved.class.getResourceAsStream("/" + name + ".class")) {
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

    static WeakReference<Class<?>> classRef;
    static WeakReference<ClassLoader> loaderRef;

    static Object loadAndMake() throws Exception {
        Isolated loader = new Isolated();
        Class<?> c = loader.loadClass("UnloadingObserved$Thing");
        classRef = new WeakReference<>(c);
        loaderRef = new WeakReference<>(loader);
        return c.getDeclaredConstructor().newInstance();
    }

    static String state() {
        return "class " + (classRef.get() == null ? "gone" : "alive") + ", loader "
                + (loaderRef.get() == null ? "gone" : "alive");
    }

    public static void main(String[] args) throws Exception {
        Object kept = loadAndMake();
        System.gc();
        System.out.println("with an instance: " + state());
        System.out.println("instance says " + kept + " from " + (kept.getClass().getClassLoader() == loaderRef.get()));
        kept = null;
        System.gc();
        System.out.println("instance dropped: " + state());

        loadAndMake();
        System.gc();
        System.out.println("never kept: " + state());

        Isolated loader = new Isolated();
        Class<?> c = loader.loadClass("UnloadingObserved$Thing");
        classRef = new WeakReference<>(c);
        c = null;
        System.gc();
        System.out.println("loader kept, class dropped: class " + (classRef.get() == null ? "gone" : "alive"));
        System.out.println("found again: " + (loader.loadClass("UnloadingObserved$Thing") == classRef.get()));
        loader = null;

        for (int round = 0; round < 50; round++) {
            Object o = loadAndMake();
            if (!o.toString().equals("thing 1")) {
                System.out.println("fresh statics expected, got " + o);
            }
        }
        System.gc();
        System.out.println("after 50 rounds: " + state());
    }

    public static class Thing {
        static int count;
        final String text = "thing " + ++count;

        public Thing() {
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
