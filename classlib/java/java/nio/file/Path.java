package java.nio.file;

import java.io.File;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A path in the file system: an optional root ("/") and a sequence of
 * names. Paths are only strings; operations on files go through
 * {@link Files}.
 */
public interface Path extends Comparable<Path>, Iterable<Path> {
    /** The path of {@code first} and the non-empty {@code more} strings joined with "/". */
    static Path of(String first, String... more) {
        return sun.nio.fs.UnixPath.of(first, more);
    }

    /** The file system this path belongs to (the default one). */
    FileSystem getFileSystem();

    boolean isAbsolute();

    Path getRoot();

    Path getFileName();

    Path getParent();

    int getNameCount();

    Path getName(int index);

    Path subpath(int beginIndex, int endIndex);

    boolean startsWith(Path other);

    default boolean startsWith(String other) {
        return startsWith(of(other));
    }

    boolean endsWith(Path other);

    default boolean endsWith(String other) {
        return endsWith(of(other));
    }

    Path normalize();

    Path resolve(Path other);

    default Path resolve(String other) {
        return resolve(of(other));
    }

    default Path resolveSibling(Path other) {
        Objects.requireNonNull(other);
        Path parent = getParent();
        return parent == null ? other : parent.resolve(other);
    }

    default Path resolveSibling(String other) {
        return resolveSibling(of(other));
    }

    Path relativize(Path other);

    Path toAbsolutePath();

    Path toRealPath(LinkOption... options) throws IOException;

    default File toFile() {
        return new File(toString());
    }

    @Override
    default Iterator<Path> iterator() {
        return new Iterator<Path>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < getNameCount();
            }

            @Override
            public Path next() {
                if (i < getNameCount()) {
                    Path result = getName(i);
                    i++;
                    return result;
                }
                throw new NoSuchElementException();
            }
        };
    }

    @Override
    int compareTo(Path other);

    @Override
    boolean equals(Object other);

    @Override
    int hashCode();

    @Override
    String toString();
}
