package java.lang.invoke;

/**
 * Factories of method handles. crema links the {@code invokedynamic} call
 * sites javac emits (lambdas, records, string concatenation) in the VM,
 * without method handles; this class exists so that such code compiles.
 * Its lookup cannot be used to find methods.
 */
public class MethodHandles {
    private MethodHandles() {
    }

    /** The lookup context of a caller (unsupported in crema). */
    public static Lookup lookup() {
        throw new UnsupportedOperationException("crema has no method handles");
    }

    /** A lookup context: the class that does the lookup. */
    public static final class Lookup {
        private final Class<?> lookupClass;

        private Lookup(Class<?> lookupClass) {
            this.lookupClass = lookupClass;
        }

        public Class<?> lookupClass() {
            return lookupClass;
        }
    }
}
