import java.io.InputStream;

// A custom loader (parent: the bootstrap loader) defines classes from
// bytes it reads as resources; the classes are instantiated through
// reflection and used through a boot interface. Then the errors that
// defineClass reports.
public class DefineFromBytes {
    static byte[] bytesOf(String name) throws Exception {
        try (InputStream in = DefineFromBytes.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        }
    }

    static final class BytesLoader extends ClassLoader {
        BytesLoader(String name) {
            super(name, null);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try {
                byte[] b = bytesOf(name);
                return defineClass(name, b, 0, b.length);
            } catch (ClassNotFoundException e) {
                throw e;
            } catch (Exception e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        Class<?> define(String name, byte[] b) {
            return defineClass(name, b, 0, b.length);
        }

        Class<?> findLoadedClassPublic(String name) {
            return findLoadedClass(name);
        }
    }

    static String noHash(String s) {
        return s.replaceAll("@[0-9a-f]+", "@HASH");
    }

    public static void main(String[] args) throws Exception {
        BytesLoader loader = new BytesLoader("plugins");
        Class<?> c = loader.loadClass("DefineFromBytes$Plugin");
        System.out.println("loaded " + c.getName() + " by " + c.getClassLoader().getName());
        System.out.println("distinct from the app's: " + (c != Plugin.class));
        System.out.println("same loader object: " + (c.getClassLoader() == loader));
        System.out.println("findLoadedClass: " + (loader.findLoadedClassPublic("DefineFromBytes$Plugin") == c));
        System.out.println("loadClass again: " + (loader.loadClass("DefineFromBytes$Plugin") == c));
        System.out.println("forName: " + (Class.forName("DefineFromBytes$Plugin", false, loader) == c));
        System.out.println("constructor: " + c.getDeclaredConstructor());
        Runnable r = (Runnable) c.getDeclaredConstructor().newInstance();
        r.run();
        r.run();
        Object withArg = c.getDeclaredConstructor(int.class).newInstance(41);
        ((Runnable) withArg).run();
        System.out.println("String through the parent: " + (loader.loadClass("java.lang.String") == String.class));
        System.out.println("Runnable through the parent: " + (loader.loadClass("java.lang.Runnable") == Runnable.class));

        try {
            loader.define("DefineFromBytes$Plugin", bytesOf("DefineFromBytes$Plugin"));
        } catch (LinkageError e) {
            System.out.println(noHash(e.toString()));
        }
        try {
            loader.define("SomethingElse", bytesOf("DefineFromBytes$Plugin"));
        } catch (NoClassDefFoundError e) {
            System.out.println(e);
        }
        try {
            loader.define("Truncated", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0});
        } catch (ClassFormatError e) {
            System.out.println(e);
        }
        try {
            loader.define("java.lang.Sneaky", bytesOf("DefineFromBytes$Plugin"));
        } catch (SecurityException e) {
            System.out.println(e);
        }
        try {
            loader.loadClass("NoSuchPlugin");
        } catch (ClassNotFoundException e) {
            System.out.println("not found: " + e.getMessage());
        }
        try {
            c.getDeclaredConstructor(String.class);
        } catch (NoSuchMethodException e) {
            System.out.println(e);
        }
        try {
            new BytesLoader("");
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
    }

    public static class Plugin implements Runnable {
        static int instances;
        final int id;

        public Plugin() {
            this(0);
        }

        public Plugin(int base) {
            id = base + ++instances;
        }

        @Override
        public void run() {
            System.out.println("plugin " + id + " of " + instances + " in " + getClass().getClassLoader().getName());
        }
    }
}
