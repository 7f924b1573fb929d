package java.lang;

/**
 * The mirror of a class: the object that stands for a loaded class,
 * interface, array type or primitive type. crema keeps a class's static
 * fields in its mirror, after these instance fields.
 */
public final class Class<T> implements java.io.Serializable {
    /** The VM's class metadata (a pointer); set by the VM. */
    private transient long vmClass;
    /** Cache for getName(). */
    private transient String name;

    private Class() {
    }

    public String getName() {
        String n = name;
        if (n == null) {
            n = getName0();
            name = n;
        }
        return n;
    }

    private native String getName0();

    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        return getSimpleName0();
    }

    /** The simple name from the InnerClasses attribute, or the part of
     * the binary name after the package for top-level classes. */
    private native String getSimpleName0();

    /** The class that declares this member class, or null. */
    private native Class<?> getDeclaringClass0();

    /** Whether this is a local or anonymous class. */
    private native boolean isLocalOrAnonymous();

    public Class<?> getDeclaringClass() {
        return getDeclaringClass0();
    }

    public Class<?> getEnclosingClass() {
        return getDeclaringClass0();
    }

    public boolean isAnonymousClass() {
        return !isArray() && isLocalOrAnonymous() && getSimpleName0().isEmpty();
    }

    public boolean isLocalClass() {
        return !isArray() && isLocalOrAnonymous() && !getSimpleName0().isEmpty();
    }

    public boolean isMemberClass() {
        return getDeclaringClass0() != null;
    }

    public String getCanonicalName() {
        if (isArray()) {
            String c = getComponentType().getCanonicalName();
            return c == null ? null : c + "[]";
        }
        if (isLocalOrAnonymous()) {
            return null;
        }
        Class<?> outer = getDeclaringClass0();
        if (outer == null) {
            return getName();
        }
        String o = outer.getCanonicalName();
        return o == null ? null : o + "." + getSimpleName();
    }

    public String getTypeName() {
        if (isArray()) {
            return getComponentType().getTypeName() + "[]";
        }
        return getName();
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String n = c.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    public String toString() {
        String kind = isInterface() ? "interface " : (isPrimitive() ? "" : "class ");
        return kind + getName();
    }

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public boolean isEnum() {
        return (getModifiers() & 0x4000) != 0 && getSuperclass() == Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class;
    }

    public native Class<? super T> getSuperclass();

    public native Class<?>[] getInterfaces();

    public native Class<?> getComponentType();

    public Class<?> componentType() {
        return getComponentType();
    }

    public Class<?> arrayType() {
        return java.lang.reflect.Array.newInstance(this, 0).getClass();
    }

    public native int getModifiers();

    public boolean desiredAssertionStatus() {
        return desiredAssertionStatus0();
    }

    private native boolean desiredAssertionStatus0();

    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    public T[] getEnumConstants() {
        T[] values = getEnumConstantsShared();
        return (values != null) ? values.clone() : null;
    }

    /** The enum's constants (the array values() returns), not copied. */
    T[] getEnumConstantsShared() {
        if (!isEnum()) {
            return null;
        }
        return getEnumConstants0();
    }

    private native T[] getEnumConstants0();

    public static Class<?> forName(String className) throws ClassNotFoundException {
        return forName0(className, true);
    }

    private static native Class<?> forName0(String name, boolean initialize) throws ClassNotFoundException;

    static native Class<?> getPrimitiveClass(String name);
}
