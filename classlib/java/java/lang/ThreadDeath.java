package java.lang;

/** Thrown in a thread stopped by Thread.stop (which crema does not support). */
@Deprecated(since = "20")
public class ThreadDeath extends Error {
    public ThreadDeath() {
    }
}
