package java.nio.file.attribute;

/** A file attribute to set when a file or directory is created (crema ignores them). */
public interface FileAttribute<T> {
    String name();

    T value();
}
