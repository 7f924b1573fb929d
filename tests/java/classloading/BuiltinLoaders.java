import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;

// The built-in loaders as Java sees them, delegation to the application
// loader, resources on the class path, and a URLClassLoader over a
// directory.
public class BuiltinLoaders {
    public static void main(String[] args) throws Exception {
        ClassLoader app = ClassLoader.getSystemClassLoader();
        System.out.println(app.getClass().getName() + " " + app.getName());
        System.out.println(app.getParent().getClass().getName() + " " + app.getParent().getName());
        System.out.println("platform is parent: " + (app.getParent() == ClassLoader.getPlatformClassLoader()));
        System.out.println("platform's parent: " + app.getParent().getParent());
        System.out.println("String's loader: " + String.class.getClassLoader());
        System.out.println("int's loader: " + int.class.getClassLoader());
        System.out.println("my loader is app: " + (BuiltinLoaders.class.getClassLoader() == app));
        System.out.println("array's loader: " + (BuiltinLoaders[].class.getClassLoader() == app));
        System.out.println("app loads me: " + (app.loadClass("BuiltinLoaders") == BuiltinLoaders.class));
        System.out.println("app loads String: " + (app.loadClass("java.lang.String") == String.class));
        System.out.println("forName with app: " + (Class.forName("BuiltinLoaders", false, app) == BuiltinLoaders.class));
        System.out.println("forName array: " + Class.forName("[LBuiltinLoaders;", false, app).getName());
        System.out.println("forName with null: " + Class.forName("java.lang.Integer", false, null).getName());
        try {
            Class.forName("BuiltinLoaders", false, null);
        } catch (ClassNotFoundException e) {
            System.out.println("boot cannot see me: " + e.getMessage());
        }

        ClassLoader child = new ClassLoader() { };
        System.out.println("default parent is app: " + (child.getParent() == app));
        System.out.println("child delegates: " + (child.loadClass("BuiltinLoaders$Helper") == Helper.class));

        try (InputStream in = BuiltinLoaders.class.getResourceAsStream("BuiltinLoaders$Helper.class")) {
            byte[] b = in.readAllBytes();
            System.out.println("resource starts with CAFEBABE: "
                    + ((b[0] & 0xff) == 0xCA && (b[1] & 0xff) == 0xFE && (b[2] & 0xff) == 0xBA && (b[3] & 0xff) == 0xBE));
        }
        System.out.println("missing resource: " + BuiltinLoaders.class.getResourceAsStream("/no/such/thing"));
        URL url = app.getResource("BuiltinLoaders$Helper.class");
        System.out.println("resource URL: " + url.getProtocol() + " " + url.getPath().endsWith("/BuiltinLoaders$Helper.class"));

        URL dir = new URL("file:" + System.getProperty("user.dir") + "/");
        try (URLClassLoader urls = new URLClassLoader(new URL[] {dir}, null)) {
            Class<?> h = urls.loadClass("BuiltinLoaders$Helper");
            System.out.println("URLClassLoader defines its own: " + (h != Helper.class) + " "
                    + (h.getClassLoader() == urls));
            System.out.println(h.getDeclaredConstructor().newInstance());
            System.out.println("URLs: " + urls.getURLs().length + " " + urls.getURLs()[0].getProtocol());
            System.out.println("finds resources: " + (urls.getResource("BuiltinLoaders$Helper.class") != null));
            try {
                urls.loadClass("NoSuchClass");
            } catch (ClassNotFoundException e) {
                System.out.println("not found: " + e.getMessage());
            }
        }
        try {
            new URL("nonsense");
        } catch (java.net.MalformedURLException e) {
            System.out.println(e.getMessage());
        }
    }

    public static class Helper {
        public Helper() {
        }

        @Override
        public String toString() {
            return "helper from " + (getClass().getClassLoader() instanceof URLClassLoader ? "a URLClassLoader" : "app");
        }
    }
}
