package java.util;

/**
 * A table of string properties with an optional table of defaults, as
 * {@code System.getProperties()} returns. Keys and values are held in the
 * inherited {@link Hashtable}; the lookup methods answer only string values
 * and fall back to the defaults.
 */
public class Properties extends Hashtable<Object, Object> {
    /** Consulted when a key has no string value here; may be null. */
    protected volatile Properties defaults;

    public Properties() {
        this(null, 8);
    }

    public Properties(int initialCapacity) {
        this(null, initialCapacity);
    }

    public Properties(Properties defaults) {
        this(defaults, 8);
    }

    private Properties(Properties defaults, int initialCapacity) {
        super(initialCapacity);
        this.defaults = defaults;
    }

    public synchronized Object setProperty(String key, String value) {
        return put(key, value);
    }

    public String getProperty(String key) {
        Object v = get(key);
        String s = (v instanceof String) ? (String) v : null;
        return (s == null && defaults != null) ? defaults.getProperty(key) : s;
    }

    public String getProperty(String key, String defaultValue) {
        String v = getProperty(key);
        return v == null ? defaultValue : v;
    }

    /** The keys whose key and value are strings, defaults included. */
    public Set<String> stringPropertyNames() {
        Map<String, String> all = new HashMap<>();
        collect(all);
        return Collections.unmodifiableSet(all.keySet());
    }

    public Enumeration<?> propertyNames() {
        Map<String, String> all = new HashMap<>();
        collect(all);
        return Collections.enumeration(all.keySet());
    }

    private void collect(Map<String, String> into) {
        if (defaults != null) {
            defaults.collect(into);
        }
        for (Map.Entry<Object, Object> e : entrySet()) {
            if (e.getKey() instanceof String && e.getValue() instanceof String) {
                into.put((String) e.getKey(), (String) e.getValue());
            }
        }
    }

    /** Prints each property as {@code key=value}, values cut to 37 characters plus "...". */
    public void list(java.io.PrintStream out) {
        out.println("-- listing properties --");
        Map<String, String> all = new HashMap<>();
        collect(all);
        for (Map.Entry<String, String> e : all.entrySet()) {
            String v = e.getValue();
            if (v.length() > 40) {
                v = v.substring(0, 37) + "...";
            }
            out.println(e.getKey() + "=" + v);
        }
    }
}
