package java.nio.file;

/** A directory could not be deleted because it is not empty. */
public class DirectoryNotEmptyException extends FileSystemException {
    public DirectoryNotEmptyException(String dir) {
        super(dir);
    }
}
