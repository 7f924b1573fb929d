package java.lang;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * A class loader: finds the bytes of classes and resources by name and
 * defines classes from them, delegating first to its parent (or, with no
 * parent, to the bootstrap loader).
 *
 * crema: the VM keeps each loader's classes in its own metadata arena,
 * found through {@code loaderData}; a loader's classes are unloaded together
 * once neither the loader, nor any of its classes, nor any of their
 * instances can be reached.
 */
public abstract class ClassLoader {
    private final ClassLoader parent;
    private final String name;
    /** The VM's data for this loader (0 until the VM first needs it). */
    private transient long loaderData;

    /** A loader whose parent is {@code parent}, named {@code name}. */
    protected ClassLoader(String name, ClassLoader parent) {
        if (name != null && name.isEmpty()) {
            throw new IllegalArgumentException("name must be non-empty or null");
        }
        this.name = name;
        this.parent = parent;
    }

    /** A loader whose parent is {@code parent}. */
    protected ClassLoader(ClassLoader parent) {
        this(null, parent);
    }

    /** A loader whose parent is the system class loader. */
    protected ClassLoader() {
        this(null, getSystemClassLoader());
    }

    /** The loader's name, or null if it has none. */
    public String getName() {
        return name;
    }

    /** Loads the class with binary name {@code name}. */
    public Class<?> loadClass(String name) throws ClassNotFoundException {
        return loadClass(name, false);
    }

    /**
     * Loads a class the documented way: the class this loader already
     * loaded, else what the parent (or the bootstrap loader) finds, else
     * what {@link #findClass} finds.
     */
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                try {
                    if (parent != null) {
                        c = parent.loadClass(name, false);
                    } else {
                        c = findBootstrapClassOrNull(name);
                    }
                } catch (ClassNotFoundException e) {
                    // Not found by the parent: find it here.
                }
                if (c == null) {
                    c = findClass(name);
                }
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    /** The object loading of {@code className} synchronizes on. */
    protected Object getClassLoadingLock(String className) {
        return this;
    }

    /** Finds the class {@code name}; by default there is none. */
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    /**
     * Defines a class from {@code b[off .. off+len)}, whose name must be
     * {@code name} (or anything, when null).
     */
    protected final Class<?> defineClass(String name, byte[] b, int off, int len) throws ClassFormatError {
        if (off < 0 || len < 0 || off > b.length - len) {
            throw new IndexOutOfBoundsException("Range [" + off + ", " + off + " + " + len + ") out of bounds for length " + b.length);
        }
        return defineClass0(name, b, off, len);
    }

    /** Defines a class from bytes, whatever its name. */
    @Deprecated(since = "1.1")
    protected final Class<?> defineClass(byte[] b, int off, int len) throws ClassFormatError {
        return defineClass(null, b, off, len);
    }

    private native Class<?> defineClass0(String name, byte[] b, int off, int len);

    /** Links a class (crema links at definition, so only checks it). */
    protected final void resolveClass(Class<?> c) {
        if (c == null) {
            throw new NullPointerException();
        }
    }

    /** The class this loader has been recorded as loading under {@code name}. */
    protected final Class<?> findLoadedClass(String name) {
        if (name == null) {
            return null;
        }
        return findLoadedClass0(name);
    }

    private native Class<?> findLoadedClass0(String name);

    /** Loads {@code name} with the system class loader. */
    protected final Class<?> findSystemClass(String name) throws ClassNotFoundException {
        return getSystemClassLoader().loadClass(name);
    }

    private static Class<?> findBootstrapClassOrNull(String name) {
        if (name == null || name.isEmpty() || name.indexOf('/') >= 0 || name.charAt(0) == '[') {
            return null;
        }
        return findBootstrapClass(name);
    }

    private static native Class<?> findBootstrapClass(String name);

    /** The parent loader (null: the bootstrap loader). */
    public final ClassLoader getParent() {
        return parent;
    }

    /** The loader of the application's classes (the class path). */
    public static ClassLoader getSystemClassLoader() {
        return jdk.internal.loader.ClassLoaders.appClassLoader();
    }

    /** The platform class loader (the parent of the system loader). */
    public static ClassLoader getPlatformClassLoader() {
        return jdk.internal.loader.ClassLoaders.platformClassLoader();
    }

    /** Finds a resource: the parent's first, then {@link #findResource}. */
    public URL getResource(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        URL url = parent != null ? parent.getResource(name) : null;
        if (url == null) {
            url = findResource(name);
        }
        return url;
    }

    /** Finds a resource of this loader; by default there is none. */
    protected URL findResource(String name) {
        return null;
    }

    /** Opens a resource found by {@link #getResource}, or returns null. */
    public InputStream getResourceAsStream(String name) {
        URL url = getResource(name);
        if (url == null) {
            return null;
        }
        try {
            return url.openStream();
        } catch (IOException e) {
            return null;
        }
    }

    /** A resource of the system class loader. */
    public static URL getSystemResource(String name) {
        return getSystemClassLoader().getResource(name);
    }

    /** Opens a resource of the system class loader. */
    public static InputStream getSystemResourceAsStream(String name) {
        return getSystemClassLoader().getResourceAsStream(name);
    }

    /** Registers the caller as parallel capable (always granted). */
    protected static boolean registerAsParallelCapable() {
        return true;
    }

    public final boolean isRegisteredAsParallelCapable() {
        return false;
    }

    public void setDefaultAssertionStatus(boolean enabled) {
    }

    public void setPackageAssertionStatus(String packageName, boolean enabled) {
    }

    public void setClassAssertionStatus(String className, boolean enabled) {
    }

    public void clearAssertionStatus() {
    }
}
