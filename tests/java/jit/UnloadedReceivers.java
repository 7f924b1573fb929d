import java.io.InputStream;

// Compiled call sites whose receivers' classes come from a class loader
// that is then dropped and unloaded; the next loader defines classes of
// the same names (which may get the same addresses). The sites must
// dispatch to the new classes' methods, never to the unloaded ones.
public class UnloadedReceivers {
    public interface Shape {
        int area();

        String describe();
    }

    // Shared by every generation: gives each definition of an Impl class
    // its own number.
    public static class Generations {
        static int next;

        public static int next() {
            return ++next;
        }
    }

    // Defines the Impl classes itself, delegates everything else.
    static final class ChildFirst extends ClassLoader {
        ChildFirst() {
            super(UnloadedReceivers.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("UnloadedReceivers$Impl")) {
                return super.loadClass(name, resolve);
            }
            Class<?> c = findLoadedClass(name);
            if (c != null) {
                return c;
            }
            try (InputStream in = UnloadedReceivers.class.getResourceAsStream("/" + name + ".class")) {
                byte[] b = in.readAllBytes();
                return defineClass(name, b, 0, b.length);
            } catch (java.io.IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }

    public static class ImplA implements Shape {
        static final int generation = Generations.next();

        public int area() {
            return generation * 10 + 1;
        }

        public String describe() {
            return "A" + generation;
        }
    }

    public static class ImplB implements Shape {
        static final int generation = Generations.next();

        public int area() {
            return generation * 10 + 2;
        }

        public String describe() {
            return "B" + generation;
        }
    }

    public static class ImplC extends ImplA {
        public int area() {
            return super.area() + 100;
        }

        public String describe() {
            return "C" + super.describe();
        }
    }

    public static class ImplD implements Shape {
        public int area() {
            return 4;
        }

        public String describe() {
            return "D";
        }
    }

    public static class ImplE implements Shape {
        public int area() {
            return 5;
        }

        public String describe() {
            return "E";
        }
    }

    // The call sites under test.
    static int area(Shape s) {
        return s.area();
    }

    static String describe(Shape s) {
        return s.describe();
    }

    static int hash(Object o) {
        return o.toString().length();
    }

    // Loads `count` of the Impl classes in a fresh loader and runs the
    // sites hot over their instances.
    static String round(int count) throws Exception {
        ChildFirst loader = new ChildFirst();
        String[] names = {"ImplA", "ImplB", "ImplC", "ImplD", "ImplE"};
        Shape[] shapes = new Shape[count];
        for (int i = 0; i < count; i++) {
            Class<?> c = loader.loadClass("UnloadedReceivers$" + names[i]);
            shapes[i] = (Shape) c.getDeclaredConstructor().newInstance();
        }
        long sum = 0;
        for (int i = 0; i < 6000; i++) {
            Shape s = shapes[i % count];
            sum += area(s) + hash(s.describe());
        }
        StringBuilder sb = new StringBuilder();
        for (Shape s : shapes) {
            sb.append(describe(s)).append(' ');
        }
        return sb.append(sum).toString();
    }

    public static void main(String[] args) throws Exception {
        // Monomorphic, then polymorphic, then megamorphic sites, each time
        // with classes of a new loader after the old one was unloaded.
        int[] counts = {1, 1, 2, 4, 5, 1, 3};
        for (int r = 0; r < counts.length; r++) {
            System.out.println("round " + r + ": " + round(counts[r]));
            // Whether HotSpot unloads the loader here depends on its
            // compiler's timing, so only the results are printed
            // (tools/tests/jit.rs checks that crema unloads).
            System.gc();
        }
    }
}
