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

    public boolean isAnnotation() {
        return (getModifiers() & 0x2000) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & 0x1000) != 0;
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

    /**
     * Loads (and, if {@code initialize}, initializes) the class or array
     * class {@code name} through {@code loader} (null: the bootstrap loader).
     */
    public static Class<?> forName(String name, boolean initialize, ClassLoader loader) throws ClassNotFoundException {
        if (name == null) {
            throw new NullPointerException();
        }
        return forName1(name, initialize, loader);
    }

    private static native Class<?> forName1(String name, boolean initialize, ClassLoader loader)
            throws ClassNotFoundException;

    /** The loader that defined this class (null: the bootstrap loader). */
    public ClassLoader getClassLoader() {
        return getClassLoader0();
    }

    private native ClassLoader getClassLoader0();

    /** The constructor of this class with these parameter types. */
    public java.lang.reflect.Constructor<T> getDeclaredConstructor(Class<?>... parameterTypes)
            throws NoSuchMethodException {
        return findConstructor(getDeclaredConstructors0(false), parameterTypes);
    }

    /** The public constructor of this class with these parameter types. */
    public java.lang.reflect.Constructor<T> getConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        return findConstructor(getDeclaredConstructors0(true), parameterTypes);
    }

    public java.lang.reflect.Constructor<?>[] getDeclaredConstructors() {
        return getDeclaredConstructors0(false);
    }

    public java.lang.reflect.Constructor<?>[] getConstructors() {
        return getDeclaredConstructors0(true);
    }

    private java.lang.reflect.Constructor<T> findConstructor(java.lang.reflect.Constructor<T>[] candidates,
            Class<?>[] parameterTypes) throws NoSuchMethodException {
        Class<?>[] wanted = parameterTypes == null ? new Class<?>[0] : parameterTypes;
        for (java.lang.reflect.Constructor<T> c : candidates) {
            if (java.util.Arrays.equals(c.getParameterTypes(), wanted)) {
                return c;
            }
        }
        StringBuilder sb = new StringBuilder(getName()).append(".<init>(");
        for (int i = 0; i < wanted.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(wanted[i] == null ? "null" : wanted[i].getName());
        }
        throw new NoSuchMethodException(sb.append(')').toString());
    }

    /** The class's constructors (public ones only if {@code publicOnly}). */
    private native java.lang.reflect.Constructor<T>[] getDeclaredConstructors0(boolean publicOnly);

    /**
     * Creates an instance with the nullary constructor; what the
     * constructor throws propagates unwrapped.
     */
    @Deprecated(since = "9")
    public T newInstance() throws InstantiationException, IllegalAccessException {
        java.lang.reflect.Constructor<T> c;
        try {
            c = getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            InstantiationException ie = new InstantiationException(getName());
            ie.initCause(e);
            throw ie;
        }
        try {
            return c.newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            Class.<RuntimeException>rethrow(e.getCause());
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void rethrow(Throwable t) throws E {
        throw (E) t;
    }

    /** Opens a resource named relative to this class's package. */
    public java.io.InputStream getResourceAsStream(String name) {
        String resolved = resolveName(name);
        ClassLoader cl = getClassLoader();
        return cl == null ? ClassLoader.getSystemResourceAsStream(resolved) : cl.getResourceAsStream(resolved);
    }

    /** Finds a resource named relative to this class's package. */
    public java.net.URL getResource(String name) {
        String resolved = resolveName(name);
        ClassLoader cl = getClassLoader();
        return cl == null ? ClassLoader.getSystemResource(resolved) : cl.getResource(resolved);
    }

    private String resolveName(String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        String pkg = getPackageName();
        return pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name;
    }

    private static native Class<?> forName0(String name, boolean initialize) throws ClassNotFoundException;

    static native Class<?> getPrimitiveClass(String name);
}
