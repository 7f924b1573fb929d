package java.lang;

/** A thread-local variable whose value a new thread takes over from the thread creating it. */
public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {
    }

    /** The child's initial value, given the parent's (the same value unless overridden). */
    protected T childValue(T parentValue) {
        return parentValue;
    }
}
