package java.io;

/** Chooses files by their directory and name. */
@FunctionalInterface
public interface FilenameFilter {
    boolean accept(File dir, String name);
}
