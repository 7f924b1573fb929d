package jdk.internal.loader;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * The built-in class loaders as Java objects: the platform loader (whose
 * classes are the bootstrap loader's in crema) and the application loader
 * over the class path, both backed by the VM's own loaders.
 */
public class ClassLoaders {
    private static final PlatformClassLoader PLATFORM_LOADER = new PlatformClassLoader();
    private static final AppClassLoader APP_LOADER = new AppClassLoader(PLATFORM_LOADER);

    private ClassLoaders() {
    }

    /** The application (system) class loader. */
    public static ClassLoader appClassLoader() {
        return APP_LOADER;
    }

    /** The platform class loader. */
    public static ClassLoader platformClassLoader() {
        return PLATFORM_LOADER;
    }

    /** Delegates everything to the bootstrap loader. */
    private static final class PlatformClassLoader extends ClassLoader {
        PlatformClassLoader() {
            super("platform", null);
            bind();
        }

        private native void bind();
    }

    /** The class path (`-cp`, `-jar`): the VM's application loader. */
    private static final class AppClassLoader extends ClassLoader {
        AppClassLoader(ClassLoader parent) {
            super("app", parent);
            bind();
        }

        private native void bind();

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            Class<?> c = loadClass0(name);
            if (c == null) {
                throw new ClassNotFoundException(name);
            }
            return c;
        }

        /** The class from the bootstrap loader or the class path, or null. */
        private native Class<?> loadClass0(String name);

        @Override
        protected URL findResource(String name) {
            String spec = findResource0(name);
            if (spec == null) {
                return null;
            }
            try {
                return new URL(spec);
            } catch (MalformedURLException e) {
                return null;
            }
        }

        /** The URL of a resource on the class path, or null. */
        private native String findResource0(String name);
    }
}
