// Checks java.nio.file.Files and Path inside a fresh temporary directory
// (never printing its path): Files.write(path, lines) / write(bytes) with
// APPEND, readAllLines, readAllBytes, writeString/readString, exists/
// notExists/isRegularFile/isDirectory, size, lines (closed with
// try-with-resources), newBufferedReader/newBufferedWriter, newInputStream/
// newOutputStream, copy/move (REPLACE_EXISTING), createDirectories, list and
// walk (sorted), delete/deleteIfExists, and Path operations: of, resolve,
// resolveSibling, getFileName, getParent, relativize, normalize, startsWith,
// getNameCount, toFile, and relative path toString.
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class NioFiles {
    static Path root;

    static String rel(Path p) {
        return root.relativize(p).toString();
    }

    public static void main(String[] args) throws IOException {
        root = Files.createTempDirectory("crema");
        Path a = Path.of(root.toString(), "a.txt");
        System.out.println("a: fileName " + a.getFileName() + " parent is root " + a.getParent().equals(root) + " exists " + Files.exists(a) + " notExists " + Files.notExists(a));

        Files.write(a, List.of("alpha", "beta", "gamma"));
        System.out.println("after write(lines): exists " + Files.exists(a) + " size " + Files.size(a) + " isRegularFile " + Files.isRegularFile(a) + " isDirectory " + Files.isDirectory(a));
        System.out.println("readAllLines: " + Files.readAllLines(a));
        Files.write(a, List.of("delta"), StandardOpenOption.APPEND);
        Files.write(a, "epsilon".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        System.out.println("after appends: " + Files.readAllLines(a) + " size " + Files.size(a));
        System.out.println("readString: [" + Files.readString(a).replace("\n", "\\n") + "]");
        byte[] bytes = Files.readAllBytes(a);
        System.out.println("readAllBytes length " + bytes.length + " first " + (char) bytes[0] + " last " + (char) bytes[bytes.length - 1]);

        try (Stream<String> lines = Files.lines(a)) {
            System.out.println("lines filtered: " + lines.filter(l -> l.contains("l")).map(String::toUpperCase).collect(Collectors.toList()));
        }
        try (Stream<String> lines = Files.lines(a, StandardCharsets.UTF_8)) {
            System.out.println("lines count: " + lines.count());
        }

        Path b = root.resolve("b.txt");
        Path written = Files.writeString(b, "caf\u00e9\nline two\n");
        System.out.println("writeString returns path: " + written.equals(b) + " size " + Files.size(b) + " chars " + Files.readString(b).length());
        Files.writeString(b, "third\n", StandardOpenOption.APPEND);
        System.out.println("readAllLines b: " + Files.readAllLines(b).size() + " last " + Files.readAllLines(b).get(2));
        Files.writeString(b, "short");
        System.out.println("writeString truncates: [" + Files.readString(b) + "]");

        Path c = root.resolve("c.txt");
        try (BufferedWriter w = Files.newBufferedWriter(c)) {
            for (int i = 1; i <= 5; i++) {
                w.write("row " + i + " = " + i * i);
                w.newLine();
            }
        }
        try (BufferedReader r = Files.newBufferedReader(c)) {
            String line;
            int sum = 0;
            while ((line = r.readLine()) != null) {
                sum += Integer.parseInt(line.substring(line.indexOf('=') + 2));
            }
            System.out.println("newBufferedReader sum of squares: " + sum);
        }
        try (BufferedWriter w = Files.newBufferedWriter(c, StandardOpenOption.APPEND)) {
            w.write("row 6 = 36\n");
        }
        try (BufferedReader r = Files.newBufferedReader(c, StandardCharsets.UTF_8)) {
            System.out.println("newBufferedReader lines(): " + r.lines().map(l -> l.split(" ")[1]).collect(Collectors.joining(",")));
        }

        Path d = root.resolve("d.bin");
        try (OutputStream os = Files.newOutputStream(d)) {
            os.write(new byte[] {1, 2, 3, 4, 5});
        }
        try (InputStream is = Files.newInputStream(d)) {
            System.out.println("newInputStream: " + is.read() + " skip " + is.skip(2) + " rest " + Arrays.toString(is.readAllBytes()));
        }
        try {
            Files.newOutputStream(d, StandardOpenOption.CREATE_NEW).close();
        } catch (java.nio.file.FileAlreadyExistsException e) {
            System.out.println("CREATE_NEW on existing: FileAlreadyExistsException");
        }

        Path nested = root.resolve("x").resolve("y").resolve("z");
        Files.createDirectories(nested);
        System.out.println("createDirectories: " + rel(nested) + " isDirectory " + Files.isDirectory(nested));
        Path copy = Files.copy(a, nested.resolve("a-copy.txt"));
        System.out.println("copy: " + rel(copy) + " same content " + Files.readString(copy).equals(Files.readString(a)));
        try {
            Files.copy(b, copy);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            System.out.println("copy onto existing: FileAlreadyExistsException " + Path.of(e.getFile()).getFileName());
        }
        Files.copy(b, copy, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("copy REPLACE_EXISTING: " + Files.readString(copy));
        Path moved = Files.move(d, root.resolve("x").resolve("d-moved.bin"));
        System.out.println("move: " + rel(moved) + " source exists " + Files.exists(d) + " target size " + Files.size(moved));

        try (Stream<Path> list = Files.list(root)) {
            System.out.println("list root: " + list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted().collect(Collectors.toList());
        }
        System.out.println("walk: " + all.stream().map(p -> "[" + rel(p) + "]").collect(Collectors.joining(" ")));
        try (Stream<Path> walk = Files.walk(root, 1)) {
            System.out.println("walk depth 1 count: " + walk.count());
        }
        long totalSize = 0;
        for (Path p : all) {
            if (Files.isRegularFile(p)) totalSize += Files.size(p);
        }
        System.out.println("total size of regular files: " + totalSize);

        Path p = Path.of("dir1", "dir2", "..", "file.txt");
        System.out.println("Path.of: " + p + " nameCount " + p.getNameCount() + " name(1) " + p.getName(1) + " normalize " + p.normalize());
        System.out.println("fileName " + p.getFileName() + " parent " + p.getParent() + " root " + p.getRoot() + " absolute " + p.isAbsolute());
        Path q = Path.of("base/sub");
        System.out.println("resolve " + q.resolve("leaf.txt") + " resolveSibling " + q.resolveSibling("other") + " resolve empty " + q.resolve(""));
        System.out.println("relativize " + Path.of("a/b").relativize(Path.of("a/c/d")) + " startsWith " + q.startsWith("base") + " " + q.startsWith("bas") + " endsWith " + q.endsWith("sub"));
        System.out.println("subpath " + Path.of("p/q/r/s").subpath(1, 3) + " toFile name " + q.toFile().getName() + " compare " + Integer.signum(Path.of("a").compareTo(Path.of("b"))));
        System.out.println("Path equals " + Path.of("x/y").equals(Path.of("x", "y")) + " Paths.get " + java.nio.file.Paths.get("m", "n"));
        System.out.println("iterate names: " + java.util.stream.StreamSupport.stream(Path.of("one/two/three").spliterator(), false).map(Path::toString).collect(Collectors.joining("|")));
        System.out.println("toFile/toPath round trip: " + a.toFile().toPath().equals(a) + " File length " + a.toFile().length() + " isFile " + a.toFile().isFile());

        System.out.println("deleteIfExists missing: " + Files.deleteIfExists(root.resolve("missing")));
        List<Path> reversed = all.stream().sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        for (Path x : reversed) {
            Files.delete(x);
        }
        System.out.println("deleted " + reversed.size() + " entries, root exists " + Files.exists(root) + " a exists " + Files.exists(a));
        System.out.println("deleteIfExists after: " + Files.deleteIfExists(a));
    }
}
