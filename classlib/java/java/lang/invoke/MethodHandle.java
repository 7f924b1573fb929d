package java.lang.invoke;

/**
 * A typed reference to a method. crema links {@code invokedynamic} call
 * sites in the VM (see {@link MethodHandles}); no method handle objects
 * exist at run time.
 */
public abstract class MethodHandle {
    MethodHandle() {
    }

    /** The type of this handle. */
    public abstract MethodType type();
}
