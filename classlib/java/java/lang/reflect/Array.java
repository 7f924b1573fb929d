package java.lang.reflect;

/** Creating and inspecting arrays reflectively. */
public final class Array {
    private Array() {
    }

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        if (componentType == null) {
            throw new NullPointerException();
        }
        return newArray(componentType, length);
    }

    private static native Object newArray(Class<?> componentType, int length);

    public static native int getLength(Object array) throws IllegalArgumentException;
}
