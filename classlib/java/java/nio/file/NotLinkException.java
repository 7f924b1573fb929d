package java.nio.file;

/** A link operation was applied to a file that is not a symbolic link. */
public class NotLinkException extends FileSystemException {
    public NotLinkException(String file) {
        super(file);
    }

    public NotLinkException(String file, String other, String reason) {
        super(file, other, reason);
    }
}
