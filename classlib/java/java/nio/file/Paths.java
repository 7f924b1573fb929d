package java.nio.file;

/** Turns strings into Paths (the same as {@link Path#of}). */
public final class Paths {
    private Paths() {
    }

    public static Path get(String first, String... more) {
        return Path.of(first, more);
    }
}
