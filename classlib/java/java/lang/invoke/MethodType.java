package java.lang.invoke;

/**
 * The type of a method handle: a return type and parameter types. crema
 * links {@code invokedynamic} call sites in the VM (see
 * {@link MethodHandles}); no method type objects exist at run time.
 */
public final class MethodType {
    private final Class<?> rtype;
    private final Class<?>[] ptypes;

    private MethodType(Class<?> rtype, Class<?>[] ptypes) {
        this.rtype = rtype;
        this.ptypes = ptypes;
    }

    public Class<?> returnType() {
        return rtype;
    }

    public int parameterCount() {
        return ptypes.length;
    }
}
