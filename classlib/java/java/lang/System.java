package java.lang;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Properties;

/** Standard streams, properties, time, and array copying. */
public final class System {
    public static final InputStream in = new FileInputStream(FileDescriptor.in);
    /** Autoflush over a 128-byte buffer, as HotSpot's: single bytes wait for a newline. */
    public static final PrintStream out = standardStream(FileDescriptor.out);
    public static final PrintStream err = standardStream(FileDescriptor.err);

    private static Properties props = initialProperties();

    private static Properties initialProperties() {
        Properties p = new Properties();
        String[] pairs = initProperties();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            p.setProperty(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    private System() {
    }

    private static PrintStream standardStream(FileDescriptor fd) {
        return new PrintStream(new java.io.BufferedOutputStream(new FileOutputStream(fd), 128), true);
    }

    /** The VM's properties and the -D ones, as key, value, key, value... */
    private static native String[] initProperties();

    private static native void setStream(int fd, Object stream);

    public static void setOut(PrintStream out) {
        setStream(1, out);
    }

    public static void setErr(PrintStream err) {
        setStream(2, err);
    }

    public static void setIn(InputStream in) {
        setStream(0, in);
    }

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native long currentTimeMillis();

    public static native long nanoTime();

    public static native int identityHashCode(Object x);

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static String lineSeparator() {
        return "\n";
    }

    public static String getProperty(String key) {
        checkKey(key);
        return props.getProperty(key);
    }

    public static String getProperty(String key, String def) {
        checkKey(key);
        return props.getProperty(key, def);
    }

    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        return (String) props.setProperty(key, value);
    }

    public static String clearProperty(String key) {
        checkKey(key);
        return (String) props.remove(key);
    }

    public static Properties getProperties() {
        return props;
    }

    /** Replaces the system properties; null restores the VM's initial ones. */
    public static void setProperties(Properties replacement) {
        props = replacement == null ? initialProperties() : replacement;
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    /** The value of the environment variable {@code name}, or null if it is not set. */
    public static native String getenv(String name);

    /**
     * The environment as a read-only map. crema can look variables up by
     * name but not list them, so the map answers get/containsKey and
     * iterates as empty.
     */
    public static java.util.Map<String, String> getenv() {
        return Environment.INSTANCE;
    }

    /** The view of the environment that getenv() returns. */
    private static final class Environment extends java.util.AbstractMap<String, String> {
        static final Environment INSTANCE = new Environment();

        public java.util.Set<java.util.Map.Entry<String, String>> entrySet() {
            return java.util.Collections.emptySet();
        }

        public String get(Object key) {
            if (key == null) {
                throw new NullPointerException();
            }
            return (key instanceof String) ? getenv((String) key) : null;
        }

        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        public String put(String key, String value) {
            throw new UnsupportedOperationException();
        }

        public String remove(Object key) {
            throw new UnsupportedOperationException();
        }
    }

    public static void runFinalization() {
    }
}
