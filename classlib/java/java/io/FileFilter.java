package java.io;

/** Chooses files by their abstract pathname. */
@FunctionalInterface
public interface FileFilter {
    boolean accept(File pathname);
}
