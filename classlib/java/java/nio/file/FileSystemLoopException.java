package java.nio.file;

/** A walk of a file tree met a cycle. */
public class FileSystemLoopException extends FileSystemException {
    public FileSystemLoopException(String file) {
        super(file);
    }
}
