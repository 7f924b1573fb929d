package java.lang;

import java.util.function.Supplier;

/**
 * A variable with one value per thread. The values live in the thread
 * (see Thread.threadLocals); a thread that has not set one gets
 * {@link #initialValue()}.
 */
public class ThreadLocal<T> {
    public ThreadLocal() {
    }

    /** The value a thread sees before it sets one (null unless overridden). */
    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) {
            throw new NullPointerException();
        }
        return new SuppliedThreadLocal<>(supplier);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        java.util.IdentityHashMap<ThreadLocal<?>, Object> map = Thread.currentThread().threadLocals(true);
        if (map.containsKey(this)) {
            return (T) map.get(this);
        }
        T v = initialValue();
        map.put(this, v);
        return v;
    }

    public void set(T value) {
        Thread.currentThread().threadLocals(true).put(this, value);
    }

    public void remove() {
        java.util.IdentityHashMap<ThreadLocal<?>, Object> map = Thread.currentThread().threadLocals(false);
        if (map != null) {
            map.remove(this);
        }
    }

    /** The value a new thread inherits (only InheritableThreadLocal overrides this). */
    T childValue(T parentValue) {
        throw new UnsupportedOperationException();
    }

    /** The ThreadLocal made by withInitial. */
    static final class SuppliedThreadLocal<T> extends ThreadLocal<T> {
        private final Supplier<? extends T> supplier;

        SuppliedThreadLocal(Supplier<? extends T> supplier) {
            this.supplier = supplier;
        }

        protected T initialValue() {
            return supplier.get();
        }
    }
}
