// Shutdown hooks run when main returns (here after an uncaught exception,
// exit code 1): one registered hook runs, a removed one does not; adding a
// hook twice is refused with the JDK's message.
public class ShutdownHooks {
    public static void main(String[] args) {
        Thread hook = new Thread(() -> System.out.println("hook ran"));
        Thread removed = new Thread(() -> System.out.println("removed hook ran"));
        Runtime.getRuntime().addShutdownHook(hook);
        Runtime.getRuntime().addShutdownHook(removed);
        System.out.println("removed: " + Runtime.getRuntime().removeShutdownHook(removed));
        System.out.println("removed again: " + Runtime.getRuntime().removeShutdownHook(removed));
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalArgumentException e) {
            System.out.println("twice: " + e.getMessage());
        }
        System.out.println("main done");
        throw new IllegalStateException("end of main");
    }
}
