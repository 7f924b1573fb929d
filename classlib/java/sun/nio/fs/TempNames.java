package sun.nio.fs;

/** Random numbers for the names of temporary files and directories. */
public final class TempNames {
    private static java.util.Random random;

    private TempNames() {
    }

    /** A random non-negative number as a decimal string, as HotSpot's temporary names use. */
    public static String next() {
        if (random == null) {
            random = new java.util.Random(System.nanoTime() ^ System.currentTimeMillis());
        }
        return Long.toUnsignedString(random.nextLong());
    }
}
