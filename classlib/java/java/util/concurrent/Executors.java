package java.util.concurrent;

import java.util.Objects;

/**
 * Factory methods of the concurrency utilities. crema runs a single
 * thread, so only the adapters between task types are provided.
 */
public class Executors {

    private Executors() {
    }

    /** A Callable that runs {@code task} and returns {@code result}. */
    public static <T> Callable<T> callable(Runnable task, T result) {
        Objects.requireNonNull(task);
        return () -> {
            task.run();
            return result;
        };
    }

    /** A Callable that runs {@code task} and returns null. */
    public static Callable<Object> callable(Runnable task) {
        return callable(task, null);
    }
}
