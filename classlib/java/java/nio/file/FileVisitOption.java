package java.nio.file;

/** How a file tree is walked. */
public enum FileVisitOption {
    FOLLOW_LINKS
}
