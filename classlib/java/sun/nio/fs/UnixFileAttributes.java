package sun.nio.fs;

import crema.vm.FileSystem;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/** A snapshot of a file's basic attributes (times have millisecond precision; no links). */
public final class UnixFileAttributes implements BasicFileAttributes {
    private final int bits;
    private final long size;
    private final long modified;

    private UnixFileAttributes(int bits, long size, long modified) {
        this.bits = bits;
        this.size = size;
        this.modified = modified;
    }

    /** The attributes of {@code host}; NoSuchFileException (naming {@code name}) if it does not exist. */
    public static UnixFileAttributes get(String host, String name) throws NoSuchFileException {
        int bits = FileSystem.attributes(host);
        if ((bits & FileSystem.EXISTS) == 0) {
            throw new NoSuchFileException(name);
        }
        return new UnixFileAttributes(bits, FileSystem.length(host), FileSystem.lastModified(host));
    }

    @Override
    public FileTime lastModifiedTime() {
        return FileTime.fromMillis(modified);
    }

    @Override
    public FileTime lastAccessTime() {
        return FileTime.fromMillis(modified);
    }

    @Override
    public FileTime creationTime() {
        return FileTime.fromMillis(modified);
    }

    @Override
    public boolean isRegularFile() {
        return (bits & FileSystem.REGULAR) != 0;
    }

    @Override
    public boolean isDirectory() {
        return (bits & FileSystem.DIRECTORY) != 0;
    }

    @Override
    public boolean isSymbolicLink() {
        return false;
    }

    @Override
    public boolean isOther() {
        return (bits & (FileSystem.REGULAR | FileSystem.DIRECTORY)) == 0;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Object fileKey() {
        return null;
    }
}
