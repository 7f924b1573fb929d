package java.nio.file;

import crema.vm.FileSystem;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import sun.nio.ch.ChannelInputStream;
import sun.nio.cs.DecodingReader;
import sun.nio.cs.EncodingWriter;
import sun.nio.cs.StandardCharset;
import sun.nio.fs.FdOutputStream;
import sun.nio.fs.TempNames;
import sun.nio.fs.UnixFileAttributes;
import sun.nio.fs.UnixErrors;

/**
 * Operations on files and directories named by Paths, failing with the
 * java.nio.file exceptions HotSpot throws (NoSuchFileException,
 * FileAlreadyExistsException, DirectoryNotEmptyException...). Text is UTF-8
 * unless a charset is given. File attributes (FileAttribute, FileTime) and
 * symbolic links are not supported.
 */
public final class Files {
    private static final int BUFFER_SIZE = 8192;

    private Files() {
    }

    private static int attributes(Path path) {
        String s = path.toString();
        if (s.isEmpty()) {
            s = ".";
        }
        return FileSystem.attributes(s);
    }

    private static String name(Path path) {
        return path.toString();
    }

    /** The path as the host should see it ("" is the current directory). */
    private static String hostPath(Path path) {
        String s = path.toString();
        return s.isEmpty() ? "." : s;
    }

    // ------------------------------------------------------------------ queries

    public static boolean exists(Path path, LinkOption... options) {
        return (attributes(path) & FileSystem.EXISTS) != 0;
    }

    public static boolean notExists(Path path, LinkOption... options) {
        return (attributes(path) & FileSystem.EXISTS) == 0;
    }

    public static boolean isDirectory(Path path, LinkOption... options) {
        return (attributes(path) & FileSystem.DIRECTORY) != 0;
    }

    public static boolean isRegularFile(Path path, LinkOption... options) {
        return (attributes(path) & FileSystem.REGULAR) != 0;
    }

    public static boolean isSymbolicLink(Path path) {
        return false;
    }

    public static boolean isReadable(Path path) {
        return (attributes(path) & FileSystem.READABLE) != 0;
    }

    public static boolean isWritable(Path path) {
        return (attributes(path) & FileSystem.WRITABLE) != 0;
    }

    public static boolean isExecutable(Path path) {
        return (attributes(path) & FileSystem.EXECUTABLE) != 0;
    }

    public static boolean isHidden(Path path) throws IOException {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    public static boolean isSameFile(Path path, Path path2) throws IOException {
        if (path.equals(path2)) {
            return true;
        }
        return path.toRealPath().equals(path2.toRealPath());
    }

    public static long size(Path path) throws IOException {
        if ((attributes(path) & FileSystem.EXISTS) == 0) {
            throw new NoSuchFileException(name(path));
        }
        return FileSystem.length(hostPath(path));
    }

    public static FileTime getLastModifiedTime(Path path, LinkOption... options) throws IOException {
        return UnixFileAttributes.get(hostPath(path), name(path)).lastModifiedTime();
    }

    /** The basic attributes of a file (the only kind crema has). */
    @SuppressWarnings("unchecked")
    public static <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        if (type != BasicFileAttributes.class) {
            throw new UnsupportedOperationException();
        }
        return (A) UnixFileAttributes.get(hostPath(path), name(path));
    }

    // ------------------------------------------------------------------ tree walks

    public static Path walkFileTree(Path start, FileVisitor<? super Path> visitor) throws IOException {
        return walkFileTree(start, java.util.Collections.emptySet(), Integer.MAX_VALUE, visitor);
    }

    /**
     * Visits the file tree under {@code start} depth first: directories
     * before and after their entries (in the host's order), files in
     * between, as far as {@code maxDepth} and the visitor's results allow.
     */
    public static Path walkFileTree(Path start, java.util.Set<FileVisitOption> options, int maxDepth,
            FileVisitor<? super Path> visitor) throws IOException {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("'maxDepth' is negative");
        }
        Objects.requireNonNull(visitor);
        visit(start, 0, maxDepth, visitor);
        return start;
    }

    private static FileVisitResult visit(Path file, int depth, int maxDepth, FileVisitor<? super Path> visitor)
            throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = UnixFileAttributes.get(hostPath(file), name(file));
        } catch (IOException e) {
            return check(visitor.visitFileFailed(file, e));
        }
        if (depth >= maxDepth || !attrs.isDirectory()) {
            return check(visitor.visitFile(file, attrs));
        }
        String[] names;
        try {
            names = listNames(file);
        } catch (IOException e) {
            return check(visitor.visitFileFailed(file, e));
        }
        FileVisitResult result = check(visitor.preVisitDirectory(file, attrs));
        if (result != FileVisitResult.CONTINUE) {
            return result == FileVisitResult.SKIP_SUBTREE ? FileVisitResult.CONTINUE : result;
        }
        for (String n : names) {
            result = visit(file.resolve(n), depth + 1, maxDepth, visitor);
            if (result == FileVisitResult.TERMINATE) {
                return result;
            }
            if (result == FileVisitResult.SKIP_SIBLINGS) {
                break;
            }
        }
        return check(visitor.postVisitDirectory(file, null));
    }

    private static FileVisitResult check(FileVisitResult r) {
        return Objects.requireNonNull(r);
    }

    // ------------------------------------------------------------------ creation and deletion

    public static Path createFile(Path path, FileAttribute<?>... attrs) throws IOException {
        int fd = FileSystem.open(hostPath(path), FileSystem.CREATE_NEW);
        if (fd < 0) {
            throw UnixErrors.translate(name(path), null);
        }
        FileSystem.close(fd);
        return path;
    }

    public static Path createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        if (!FileSystem.mkdir(hostPath(dir))) {
            throw UnixErrors.translate(name(dir), null);
        }
        return dir;
    }

    public static Path createDirectories(Path dir, FileAttribute<?>... attrs) throws IOException {
        try {
            createAndCheckIsDirectory(dir);
            return dir;
        } catch (FileAlreadyExistsException x) {
            throw x;
        } catch (IOException x) {
            // a parent may be missing: create the missing ones from the deepest existing ancestor down
        }
        dir = dir.toAbsolutePath();
        Path parent = dir.getParent();
        while (parent != null && (attributes(parent) & FileSystem.EXISTS) == 0) {
            parent = parent.getParent();
        }
        if (parent == null) {
            throw new FileSystemException(dir.toString(), null, "Unable to determine if root directory exists");
        }
        Path child = parent;
        for (Path name : parent.relativize(dir)) {
            child = child.resolve(name);
            createAndCheckIsDirectory(child);
        }
        return dir;
    }

    private static void createAndCheckIsDirectory(Path dir) throws IOException {
        try {
            createDirectory(dir);
        } catch (FileAlreadyExistsException x) {
            if ((attributes(dir) & FileSystem.DIRECTORY) == 0) {
                throw x;
            }
        }
    }

    private static Path tempDir() {
        String tmp = System.getProperty("java.io.tmpdir");
        return Path.of(tmp != null ? tmp : "/tmp");
    }

    public static Path createTempFile(Path dir, String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        Objects.requireNonNull(dir);
        return createTemp(dir, prefix, suffix != null ? suffix : ".tmp", false);
    }

    public static Path createTempFile(String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        return createTemp(tempDir(), prefix, suffix != null ? suffix : ".tmp", false);
    }

    public static Path createTempDirectory(Path dir, String prefix, FileAttribute<?>... attrs) throws IOException {
        Objects.requireNonNull(dir);
        return createTemp(dir, prefix, "", true);
    }

    public static Path createTempDirectory(String prefix, FileAttribute<?>... attrs) throws IOException {
        return createTemp(tempDir(), prefix, "", true);
    }

    private static Path createTemp(Path dir, String prefix, String suffix, boolean directory) throws IOException {
        if (prefix == null) {
            prefix = "";
        }
        for (;;) {
            String s = prefix + TempNames.next() + suffix;
            Path name = Path.of(s);
            if (name.getParent() != null) {
                throw new IllegalArgumentException("Invalid prefix or suffix");
            }
            Path f = dir.resolve(name);
            if (directory) {
                if (FileSystem.mkdir(hostPath(f))) {
                    return f;
                }
            } else {
                int fd = FileSystem.open(hostPath(f), FileSystem.CREATE_NEW);
                if (fd >= 0) {
                    FileSystem.close(fd);
                    return f;
                }
            }
            if ((attributes(f) & FileSystem.EXISTS) == 0) {
                throw UnixErrors.translate(name(f), null);
            }
        }
    }

    public static void delete(Path path) throws IOException {
        int a = attributes(path);
        if ((a & FileSystem.EXISTS) == 0) {
            throw new NoSuchFileException(name(path));
        }
        if (!FileSystem.delete(hostPath(path))) {
            String reason = FileSystem.lastError();
            if ("Directory not empty".equals(reason) || "File exists".equals(reason)) {
                throw new DirectoryNotEmptyException(name(path));
            }
            throw UnixErrors.translate(name(path), null);
        }
    }

    public static boolean deleteIfExists(Path path) throws IOException {
        if ((attributes(path) & FileSystem.EXISTS) == 0) {
            return false;
        }
        delete(path);
        return true;
    }

    // ------------------------------------------------------------------ copy and move

    private static boolean has(Object[] options, Object option) {
        for (Object o : options) {
            if (o == null) {
                throw new NullPointerException();
            }
            if (o == option) {
                return true;
            }
        }
        return false;
    }

    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        int sa = attributes(source);
        if ((sa & FileSystem.EXISTS) == 0) {
            throw new NoSuchFileException(name(source));
        }
        if (source.equals(target)) {
            return target;
        }
        prepareTarget(target, has(options, StandardCopyOption.REPLACE_EXISTING));
        if ((sa & FileSystem.DIRECTORY) != 0) {
            createDirectory(target);
            return target;
        }
        try (InputStream in = newInputStream(source);
             OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            in.transferTo(out);
        }
        return target;
    }

    /** Fails if the target exists, unless replacing, when it is deleted. */
    private static void prepareTarget(Path target, boolean replace) throws IOException {
        if ((attributes(target) & FileSystem.EXISTS) != 0) {
            if (!replace) {
                throw new FileAlreadyExistsException(name(target));
            }
            delete(target);
        }
    }

    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        Objects.requireNonNull(in);
        boolean replace = false;
        for (CopyOption opt : options) {
            if (opt == StandardCopyOption.REPLACE_EXISTING) {
                replace = true;
            } else if (opt == null) {
                throw new NullPointerException("options contains 'null'");
            } else {
                throw new UnsupportedOperationException(opt + " not supported");
            }
        }
        prepareTarget(target, replace);
        try (OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            return in.transferTo(out);
        }
    }

    public static long copy(Path source, OutputStream out) throws IOException {
        Objects.requireNonNull(out);
        try (InputStream in = newInputStream(source)) {
            return in.transferTo(out);
        }
    }

    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        if ((attributes(source) & FileSystem.EXISTS) == 0) {
            throw new NoSuchFileException(name(source));
        }
        if (source.equals(target)) {
            return target;
        }
        int ta = attributes(target);
        if ((ta & FileSystem.EXISTS) != 0) {
            if (!has(options, StandardCopyOption.REPLACE_EXISTING) && !has(options, StandardCopyOption.ATOMIC_MOVE)) {
                throw new FileAlreadyExistsException(name(target));
            }
            if ((ta & FileSystem.DIRECTORY) != 0) {
                delete(target);
            }
        }
        if (!FileSystem.rename(hostPath(source), hostPath(target))) {
            throw UnixErrors.translate(name(source), name(target));
        }
        return target;
    }

    // ------------------------------------------------------------------ streams

    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        for (OpenOption opt : options) {
            if (opt == StandardOpenOption.APPEND || opt == StandardOpenOption.WRITE) {
                throw new UnsupportedOperationException("'" + opt + "' not allowed");
            }
            if (opt == null) {
                throw new NullPointerException();
            }
        }
        String host = hostPath(path);
        int fd = FileSystem.open(host, FileSystem.READ);
        if (fd < 0) {
            if ((FileSystem.attributes(host) & FileSystem.DIRECTORY) != 0) {
                return new ChannelInputStream(-1);
            }
            throw UnixErrors.translate(name(path), null);
        }
        if ((FileSystem.attributes(host) & FileSystem.DIRECTORY) != 0) {
            FileSystem.close(fd);
            return new ChannelInputStream(-1);
        }
        return new ChannelInputStream(fd);
    }

    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        return new FdOutputStream(openForWriting(path, options));
    }

    private static int openForWriting(Path path, OpenOption... options) throws IOException {
        boolean append = false;
        boolean truncate = false;
        boolean create = false;
        boolean createNew = false;
        if (options.length == 0) {
            create = true;
            truncate = true;
        }
        for (OpenOption opt : options) {
            if (opt == null) {
                throw new NullPointerException();
            } else if (opt == StandardOpenOption.READ) {
                throw new IllegalArgumentException("READ not allowed");
            } else if (opt == StandardOpenOption.APPEND) {
                append = true;
            } else if (opt == StandardOpenOption.TRUNCATE_EXISTING) {
                truncate = true;
            } else if (opt == StandardOpenOption.CREATE) {
                create = true;
            } else if (opt == StandardOpenOption.CREATE_NEW) {
                createNew = true;
            }
        }
        if (append && truncate) {
            throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
        }
        String host = hostPath(path);
        int mode;
        if (createNew) {
            mode = FileSystem.CREATE_NEW;
        } else {
            int a = FileSystem.attributes(host);
            if ((a & FileSystem.EXISTS) == 0 && !create) {
                throw new NoSuchFileException(name(path));
            }
            mode = append ? FileSystem.APPEND : truncate ? FileSystem.WRITE : FileSystem.READ_WRITE;
        }
        int fd = FileSystem.open(host, mode);
        if (fd < 0) {
            throw UnixErrors.translate(name(path), null);
        }
        if (append && createNew) {
            FileSystem.seek(fd, FileSystem.size(fd));
        }
        return fd;
    }

    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(cs);
        return new BufferedReader(new DecodingReader(newInputStream(path), cs));
    }

    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options) throws IOException {
        Objects.requireNonNull(cs);
        return new BufferedWriter(new EncodingWriter(newOutputStream(path, options), cs));
    }

    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir) throws IOException {
        return newDirectoryStream(dir, entry -> true);
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        Objects.requireNonNull(filter);
        String[] names = listNames(dir);
        return new DirectoryStream<Path>() {
            private boolean iterated;
            private boolean closed;

            @Override
            public Iterator<Path> iterator() {
                if (closed) {
                    throw new IllegalStateException("Directory stream is closed");
                }
                if (iterated) {
                    throw new IllegalStateException("Iterator already obtained");
                }
                iterated = true;
                return new Iterator<Path>() {
                    private int i;
                    private Path next;

                    @Override
                    public boolean hasNext() {
                        while (next == null && !closed && i < names.length) {
                            Path p = dir.resolve(names[i++]);
                            try {
                                if (filter.accept(p)) {
                                    next = p;
                                }
                            } catch (IOException e) {
                                throw new DirectoryIteratorException(e);
                            }
                        }
                        return next != null;
                    }

                    @Override
                    public Path next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Path p = next;
                        next = null;
                        return p;
                    }
                };
            }

            @Override
            public void close() {
                closed = true;
            }
        };
    }

    /** The names in a directory; NotDirectoryException for a file. */
    static String[] listNames(Path dir) throws IOException {
        int a = attributes(dir);
        if ((a & FileSystem.EXISTS) == 0) {
            throw new NoSuchFileException(name(dir));
        }
        if ((a & FileSystem.DIRECTORY) == 0) {
            throw new NotDirectoryException(name(dir));
        }
        String[] names = FileSystem.list(hostPath(dir));
        if (names == null) {
            throw UnixErrors.translate(name(dir), null);
        }
        return names;
    }

    // ------------------------------------------------------------------ whole files

    public static byte[] readAllBytes(Path path) throws IOException {
        try (InputStream in = newInputStream(path)) {
            return in.readAllBytes();
        }
    }

    public static String readString(Path path) throws IOException {
        return readString(path, StandardCharsets.UTF_8);
    }

    public static String readString(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(cs);
        byte[] ba = readAllBytes(path);
        return new String(StandardCharset.decodeStrict(cs, ba, 0, ba.length));
    }

    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        try (BufferedReader reader = newBufferedReader(path, cs)) {
            List<String> result = new ArrayList<String>();
            for (;;) {
                String line = reader.readLine();
                if (line == null) {
                    break;
                }
                result.add(line);
            }
            return result;
        }
    }

    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        Objects.requireNonNull(bytes);
        try (OutputStream out = newOutputStream(path, options)) {
            out.write(bytes, 0, bytes.length);
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(lines);
        Objects.requireNonNull(cs);
        try (BufferedWriter writer = newBufferedWriter(path, cs, options)) {
            for (CharSequence line : lines) {
                writer.append(line);
                writer.newLine();
            }
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options)
            throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(path);
        Objects.requireNonNull(csq);
        Objects.requireNonNull(cs);
        String s = csq.toString();
        byte[] bytes = StandardCharset.encodeStrict(cs, s.toCharArray(), 0, s.length());
        write(path, bytes, options);
        return path;
    }

    // ------------------------------------------------------------------ streams of lines and paths

    /** A stream close handler closing {@code c} (an IOException becomes an UncheckedIOException). */
    private static Runnable closer(java.io.Closeable c) {
        return () -> {
            try {
                c.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    private static <T> Stream<T> lazy(Iterator<T> it) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The lines of a file, read lazily; close the stream to close the file. */
    public static Stream<String> lines(Path path, Charset cs) throws IOException {
        BufferedReader br = newBufferedReader(path, cs);
        try {
            return br.lines().onClose(closer(br));
        } catch (Error | RuntimeException e) {
            try {
                br.close();
            } catch (IOException ex) {
                e.addSuppressed(ex);
            }
            throw e;
        }
    }

    public static Stream<String> lines(Path path) throws IOException {
        return lines(path, StandardCharsets.UTF_8);
    }

    /** The entries of a directory (not recursive), in the host's order. */
    public static Stream<Path> list(Path dir) throws IOException {
        String[] names = listNames(dir);
        Path[] paths = new Path[names.length];
        for (int i = 0; i < names.length; i++) {
            paths[i] = dir.resolve(names[i]);
        }
        return Stream.of(paths);
    }

    /**
     * The file tree under {@code start}, depth first: each directory comes
     * before its entries, which are in the host's order.
     */
    public static Stream<Path> walk(Path start, int maxDepth, FileVisitOption... options) throws IOException {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("'maxDepth' is negative");
        }
        if ((attributes(start) & FileSystem.EXISTS) == 0) {
            throw new NoSuchFileException(name(start));
        }
        return lazy(new TreeWalker(start, maxDepth));
    }

    public static Stream<Path> walk(Path start, FileVisitOption... options) throws IOException {
        return walk(start, Integer.MAX_VALUE, options);
    }

    /** The paths under {@code start} (as walk finds them) whose attributes {@code matcher} accepts. */
    public static Stream<Path> find(Path start, int maxDepth,
            java.util.function.BiPredicate<Path, BasicFileAttributes> matcher, FileVisitOption... options)
            throws IOException {
        Objects.requireNonNull(matcher);
        return walk(start, maxDepth, options).filter(p -> {
            try {
                return matcher.test(p, readAttributes(p, BasicFileAttributes.class));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** A depth-first, pre-order walk of a file tree (a directory is listed when it is returned). */
    private static final class TreeWalker implements Iterator<Path> {
        private final int maxDepth;
        private final ArrayList<Path[]> levels = new ArrayList<Path[]>();
        private final ArrayList<int[]> cursors = new ArrayList<int[]>();
        private Path pending;

        TreeWalker(Path start, int maxDepth) {
            this.maxDepth = maxDepth;
            this.pending = start;
        }

        @Override
        public boolean hasNext() {
            if (pending != null) {
                return true;
            }
            while (!levels.isEmpty()) {
                int top = levels.size() - 1;
                Path[] level = levels.get(top);
                int[] cursor = cursors.get(top);
                if (cursor[0] < level.length) {
                    pending = level[cursor[0]++];
                    return true;
                }
                levels.remove(top);
                cursors.remove(top);
            }
            return false;
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path p = pending;
            pending = null;
            if (levels.size() < maxDepth && (attributes(p) & FileSystem.DIRECTORY) != 0) {
                String[] names;
                try {
                    names = listNames(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                Path[] level = new Path[names.length];
                for (int i = 0; i < names.length; i++) {
                    level[i] = p.resolve(names[i]);
                }
                levels.add(level);
                cursors.add(new int[] {0});
            }
            return p;
        }
    }
}
