import crema.vm.Diagnostics;
import java.io.InputStream;

// crema-specific: class unloading observed through crema.vm.Diagnostics.
// Each line states a fact the VM must make true; the Rust test checks them.
public class DiagnosticsTest {
    static final class Isolated extends ClassLoader {
        Isolated() {
            super(null);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            try (InputStream in = DiagnosticsTest.class.getResourceAsStream("/" + name + ".class")) {
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

    static final String THING = "DiagnosticsTest$Thing";

    static Object make() throws Exception {
        return new Isolated().loadClass(THING).getDeclaredConstructor().newInstance();
    }

    /** A hot interface call in an app-loader method: its inline cache mentions Thing. */
    @SuppressWarnings("unchecked")
    static int callMany(Object o) {
        int n = 0;
        for (int i = 0; i < 1000; i++) {
            n += ((Comparable<Object>) o).compareTo(null);
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        System.out.println("alive before loading: " + Diagnostics.isClassAlive(THING));
        // Warm up: the loader class, reflection and the rest get loaded once.
        callMany(make());
        Diagnostics.fullGC();
        long loaded = Diagnostics.loadedClassCount();
        long unloaded = Diagnostics.unloadedClassCount();
        System.out.println("gone after warming up: " + !Diagnostics.isClassAlive(THING));

        Object thing = make();
        System.out.println("alive while used: " + Diagnostics.isClassAlive(THING));
        System.out.println("one more class loaded: " + (Diagnostics.loadedClassCount() == loaded + 1));
        System.out.println("calls: " + callMany(thing));
        Diagnostics.youngGC();
        Diagnostics.fullGC();
        System.out.println("alive with an instance after full GC: " + Diagnostics.isClassAlive(THING));
        // Compiled code may drop `thing` after its last use (JLS 12.6.1).
        java.lang.ref.Reference.reachabilityFence(thing);

        long invalidated = Diagnostics.invalidatedByUnloading();
        thing = null;
        Diagnostics.youngGC();
        System.out.println("young GC does not unload: " + Diagnostics.isClassAlive(THING));
        Diagnostics.fullGC();
        System.out.println("full GC unloads: " + !Diagnostics.isClassAlive(THING));
        System.out.println("unloaded one: " + (Diagnostics.unloadedClassCount() == unloaded + 1));
        System.out.println("count back at baseline: " + (Diagnostics.loadedClassCount() == loaded));
        System.out.println("cache entries invalidated: " + (Diagnostics.invalidatedByUnloading() > invalidated));

        Object again = make();
        System.out.println("loads again after unloading: " + callMany(again));
        again = null;
        Diagnostics.fullGC();
        System.out.println("unloaded twice: " + (Diagnostics.unloadedClassCount() == unloaded + 2));
        System.out.println("count back at baseline again: " + (Diagnostics.loadedClassCount() == loaded));
        int tier = Diagnostics.compilationTier(DiagnosticsTest.class, "callMany");
        System.out.println("tier of callMany is 0 or 1: " + (tier == 0 || tier == 1));
        System.out.println("deoptimized some or none: " + (Diagnostics.deoptimizeAll() >= 0));
        System.out.println("tier after deoptimizing: " + Diagnostics.compilationTier(DiagnosticsTest.class, "callMany"));
    }

    public static class Thing implements Comparable<Object> {
        public Thing() {
        }

        @Override
        public int compareTo(Object o) {
            return 2;
        }
    }
}
