package crema.vm;

/**
 * The host file system, for {@code java.io} and {@code java.nio.file}.
 *
 * <p>Files are opened by path (relative paths against the working
 * directory) and used through descriptors; 0, 1 and 2 are the standard
 * streams. A failing call returns -1 (or -2 for reads and writes, as -1
 * means the end of a file), {@code false} or {@code null}, and
 * {@link #lastError()} then says why in the host's words ("No such file or
 * directory"), which is what HotSpot quotes in its exception messages.
 */
public final class FileSystem {
    /** {@link #open} modes. */
    public static final int READ = 0;
    /** Create or truncate, write only. */
    public static final int WRITE = 1;
    /** Create, write at the end. */
    public static final int APPEND = 2;
    /** Create, read and write, no truncation. */
    public static final int READ_WRITE = 3;
    /** Create a new file (failing if it exists), write only. */
    public static final int CREATE_NEW = 4;

    /** {@link #attributes} bits. */
    public static final int EXISTS = 1;
    public static final int REGULAR = 2;
    public static final int DIRECTORY = 4;
    public static final int READABLE = 8;
    public static final int WRITABLE = 16;
    public static final int EXECUTABLE = 32;

    private FileSystem() {
    }

    /** Opens {@code path}: a descriptor, or -1. */
    public static native int open(String path, int mode);

    /** Reads up to {@code len} bytes: the count, -1 at the end, -2 on an error. */
    public static native int read(int fd, byte[] b, int off, int len);

    /** Writes {@code len} bytes: the count, or -2 on an error. */
    public static native int write(int fd, byte[] b, int off, int len);

    public static native void close(int fd);

    /** Moves to {@code pos}: the new position, or -1. */
    public static native long seek(int fd, long pos);

    public static native long position(int fd);

    public static native long size(int fd);

    public static native boolean setLength(int fd, long length);

    /** Bytes that can be read without blocking (0 for the standard streams). */
    public static native int available(int fd);

    /** The {@code EXISTS}, {@code REGULAR}, ... bits of {@code path}; 0 if it does not exist. */
    public static native int attributes(String path);

    /** The size of a file, 0 if it does not exist. */
    public static native long length(String path);

    /** Milliseconds since the epoch, 0 if it does not exist. */
    public static native long lastModified(String path);

    /** Deletes a file or an empty directory. */
    public static native boolean delete(String path);

    public static native boolean mkdir(String path);

    /** The names in a directory, in the host's order, or null. */
    public static native String[] list(String path);

    public static native boolean rename(String from, String to);

    public static native String currentDirectory();

    /** The canonical path (links resolved, or folded if it does not exist). */
    public static native String canonicalize(String path);

    /** Why the last failing call failed, in the host's words. */
    public static native String lastError();
}
