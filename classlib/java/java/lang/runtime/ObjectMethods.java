package java.lang.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.TypeDescriptor;

/**
 * The bootstrap method of records' {@code toString}, {@code equals} and
 * {@code hashCode}. crema recognises call sites bootstrapped here and runs
 * them in the VM ({@code vm::runtime::indy::object_methods}); this method
 * is never run.
 */
public class ObjectMethods {
    private ObjectMethods() {
    }

    public static Object bootstrap(MethodHandles.Lookup lookup, String methodName, TypeDescriptor type,
            Class<?> recordClass, String names, MethodHandle... getters) throws Throwable {
        throw new UnsupportedOperationException("linked by the crema VM");
    }
}
