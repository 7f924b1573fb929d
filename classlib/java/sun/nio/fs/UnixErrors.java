package sun.nio.fs;

import crema.vm.FileSystem;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns the host's reason for the last failure into the java.nio.file exception HotSpot throws. */
public final class UnixErrors {
    private UnixErrors() {
    }

    public static FileSystemException translate(String file, String other) {
        String reason = FileSystem.lastError();
        if (reason == null) {
            reason = "Unknown error";
        }
        switch (reason) {
            case "No such file or directory":
                return new NoSuchFileException(file, other, null);
            case "File exists":
                return new FileAlreadyExistsException(file, other, null);
            case "Permission denied":
            case "Operation not permitted":
                return new AccessDeniedException(file, other, null);
            default:
                return new FileSystemException(file, other, reason);
        }
    }
}
