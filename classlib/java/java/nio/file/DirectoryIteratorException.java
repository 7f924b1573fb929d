package java.nio.file;

import java.io.IOException;
import java.util.ConcurrentModificationException;

/** An I/O error while iterating over the entries of a directory. */
public final class DirectoryIteratorException extends ConcurrentModificationException {
    public DirectoryIteratorException(IOException cause) {
        super(java.util.Objects.requireNonNull(cause).toString());
        initCause(cause);
    }

    @Override
    public IOException getCause() {
        return (IOException) super.getCause();
    }
}
