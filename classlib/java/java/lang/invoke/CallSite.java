package java.lang.invoke;

/**
 * The target holder of an {@code invokedynamic} instruction. crema links
 * call sites in the VM (see {@link MethodHandles}); none are created at run
 * time.
 */
public abstract class CallSite {
    CallSite() {
    }

    public abstract MethodHandle getTarget();
}
