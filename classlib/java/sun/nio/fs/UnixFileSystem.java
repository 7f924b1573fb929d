package sun.nio.fs;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.List;

/** The host's file system, the default one. */
public final class UnixFileSystem extends FileSystem {
    public static final UnixFileSystem INSTANCE = new UnixFileSystem();

    private UnixFileSystem() {
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(Path.of("/"));
    }

    @Override
    public Path getPath(String first, String... more) {
        return UnixPath.of(first, more);
    }
}
