package java.net;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * A class loader that finds classes and resources in directories
 * ({@code file:} URLs ending in '/') and jar files (other {@code file:}
 * URLs), searched in order after the parent.
 */
public class URLClassLoader extends ClassLoader implements Closeable {
    private final URL[] urls;

    public URLClassLoader(URL[] urls, ClassLoader parent) {
        super(parent);
        this.urls = urls.clone();
    }

    public URLClassLoader(URL[] urls) {
        super();
        this.urls = urls.clone();
    }

    public URLClassLoader(String name, URL[] urls, ClassLoader parent) {
        super(name, parent);
        this.urls = urls.clone();
    }

    public static URLClassLoader newInstance(URL[] urls, ClassLoader parent) {
        return new URLClassLoader(urls, parent);
    }

    public static URLClassLoader newInstance(URL[] urls) {
        return new URLClassLoader(urls);
    }

    /** The search path, in order. */
    public URL[] getURLs() {
        return urls.clone();
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        URL url = findResource(name.replace('.', '/') + ".class");
        if (url == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] b;
        try (InputStream in = url.openStream()) {
            b = in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
        return defineClass(name, b, 0, b.length);
    }

    @Override
    public URL findResource(String name) {
        for (URL base : urls) {
            if (!base.getProtocol().equals("file")) {
                continue;
            }
            String spec = locate0(base.getPath(), name);
            if (spec != null) {
                try {
                    return new URL(spec);
                } catch (MalformedURLException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The URL of {@code name} in the directory or jar at {@code path}, or null. */
    private static native String locate0(String path, String name);

    @Override
    public void close() throws IOException {
    }
}
