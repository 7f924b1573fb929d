package java.lang;

/** A task with no arguments and no result. */
public interface Runnable {
    void run();
}
