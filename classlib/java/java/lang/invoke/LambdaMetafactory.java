package java.lang.invoke;

/**
 * The bootstrap methods of lambda expressions and method references. crema
 * recognises call sites bootstrapped here and links them in the VM
 * ({@code vm::runtime::indy::lambda}); these methods are never run.
 */
public final class LambdaMetafactory {
    public static final int FLAG_SERIALIZABLE = 1 << 0;
    public static final int FLAG_MARKERS = 1 << 1;
    public static final int FLAG_BRIDGES = 1 << 2;

    private LambdaMetafactory() {
    }

    public static CallSite metafactory(MethodHandles.Lookup caller, String interfaceMethodName, MethodType factoryType,
            MethodType interfaceMethodType, MethodHandle implementation, MethodType dynamicMethodType)
            throws LambdaConversionException {
        throw new LambdaConversionException("linked by the crema VM");
    }

    public static CallSite altMetafactory(MethodHandles.Lookup caller, String interfaceMethodName,
            MethodType factoryType, Object... args) throws LambdaConversionException {
        throw new LambdaConversionException("linked by the crema VM");
    }
}
