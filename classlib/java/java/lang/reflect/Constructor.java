package java.lang.reflect;

/**
 * A constructor of a class, which can create instances reflectively.
 *
 * crema: {@code slot} is the constructor's index among its class's methods
 * in the VM.
 */
public final class Constructor<T> extends AccessibleObject implements Member {
    private final Class<T> clazz;
    private final int slot;
    private final Class<?>[] parameterTypes;
    private final int modifiers;

    /** Constructors are made by the VM (Class.getDeclaredConstructors0). */
    private Constructor(Class<T> clazz, int slot, Class<?>[] parameterTypes, int modifiers) {
        this.clazz = clazz;
        this.slot = slot;
        this.parameterTypes = parameterTypes;
        this.modifiers = modifiers;
    }

    @Override
    public Class<T> getDeclaringClass() {
        return clazz;
    }

    @Override
    public String getName() {
        return clazz.getName();
    }

    @Override
    public int getModifiers() {
        return modifiers & 0x0FFF;
    }

    @Override
    public boolean isSynthetic() {
        return (modifiers & 0x1000) != 0;
    }

    public boolean isVarArgs() {
        return (modifiers & 0x0080) != 0;
    }

    public Class<?>[] getParameterTypes() {
        return parameterTypes.clone();
    }

    public int getParameterCount() {
        return parameterTypes.length;
    }

    /**
     * Creates an instance, calling this constructor with {@code initargs}
     * (unwrapped for primitive parameters). An exception the constructor
     * throws is wrapped in an {@code InvocationTargetException}.
     */
    public T newInstance(Object... initargs)
            throws InstantiationException, IllegalAccessException, IllegalArgumentException, InvocationTargetException {
        if (Modifier.isAbstract(clazz.getModifiers())) {
            throw new InstantiationException();
        }
        Object[] args = initargs == null ? new Object[0] : initargs;
        if (args.length != parameterTypes.length) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        @SuppressWarnings("unchecked")
        T result = (T) newInstance0(clazz, slot, args, !isAccessible());
        return result;
    }

    /**
     * Runs the constructor; first, if {@code checkAccess}, checks that the
     * calling class (the first frame outside reflection) may use it
     * ({@code IllegalAccessException}).
     */
    private static native Object newInstance0(Class<?> clazz, int slot, Object[] args, boolean checkAccess)
            throws InvocationTargetException, IllegalAccessException;

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Constructor && ((Constructor<?>) obj).clazz == clazz && ((Constructor<?>) obj).slot == slot;
    }

    @Override
    public int hashCode() {
        return clazz.getName().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String mods = Modifier.toString(getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE));
        if (!mods.isEmpty()) {
            sb.append(mods).append(' ');
        }
        sb.append(clazz.getTypeName()).append('(');
        for (int i = 0; i < parameterTypes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(parameterTypes[i].getTypeName());
        }
        return sb.append(')').toString();
    }
}
