package java.nio.file;

import java.io.Closeable;
import java.io.IOException;

/**
 * A file system: the factory of its Paths. crema has one, the host's
 * (Unix) file system, which cannot be closed.
 */
public abstract class FileSystem implements Closeable {
    protected FileSystem() {
    }

    @Override
    public abstract void close() throws IOException;

    public abstract boolean isOpen();

    public abstract boolean isReadOnly();

    /** The name separator ("/"). */
    public abstract String getSeparator();

    public abstract Iterable<Path> getRootDirectories();

    /** The path of {@code first} and the non-empty {@code more} joined with the separator. */
    public abstract Path getPath(String first, String... more);
}
