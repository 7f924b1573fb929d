// Checks the IOException family: FileNotFoundException messages for a missing
// relative file, a missing directory and a directory opened as a file
// (FileInputStream, FileReader, FileOutputStream, RandomAccessFile); NIO
// NoSuchFileException/FileAlreadyExistsException/DirectoryNotEmptyException
// messages; UncheckedIOException wrapping (constructor, getCause, message,
// thrown from BufferedReader.lines() and Files.lines); the class hierarchy;
// suppressed exceptions from close in try-with-resources; and operations on
// closed streams.
import java.io.BufferedReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

public class IoExceptions {
    interface IoAction {
        void run() throws IOException;
    }

    static void attempt(String label, IoAction action) {
        try {
            action.run();
            System.out.println(label + ": no exception");
        } catch (IOException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            System.out.println(label + ": UncheckedIOException: " + e.getMessage() + " / cause " + e.getCause().getClass().getSimpleName());
        }
    }

    static final class FailingReader extends Reader {
        int calls;
        @Override public int read(char[] cbuf, int off, int len) throws IOException {
            if (calls++ == 0) {
                "ok line\npartial".getChars(0, 15, cbuf, off);
                return 15;
            }
            throw new IOException("disk on fire");
        }
        @Override public void close() throws IOException {
            throw new IOException("close failed");
        }
    }

    public static void main(String[] args) throws IOException {
        attempt("FileInputStream missing", () -> new FileInputStream("no-such-file.txt"));
        attempt("FileInputStream(File) missing", () -> new FileInputStream(new File("no-such-file.txt")));
        attempt("FileReader missing", () -> new FileReader("no-such-file.txt"));
        attempt("FileOutputStream missing dir", () -> new FileOutputStream("no-such-dir/out.txt"));
        attempt("FileInputStream directory", () -> new FileInputStream("."));
        attempt("RandomAccessFile missing", () -> new RandomAccessFile("no-such-file.txt", "r"));
        attempt("Files.readString missing", () -> Files.readString(Path.of("no-such-file.txt")));
        attempt("Files.newInputStream missing", () -> Files.newInputStream(Path.of("no-such-dir", "x.bin")));
        attempt("Files.delete missing", () -> Files.delete(Path.of("no-such-file.txt")));
        attempt("Files.size missing", () -> Files.size(Path.of("no-such-file.txt")));
        attempt("Files.deleteIfExists missing", () -> System.out.println("  deleteIfExists returned " + Files.deleteIfExists(Path.of("no-such-file.txt"))));
        System.out.println("File.exists missing: " + new File("no-such-file.txt").exists() + " length " + new File("no-such-file.txt").length()
            + " delete " + new File("no-such-file.txt").delete());

        Path dir = Files.createTempDirectory("crema");
        Path sub = dir.resolve("sub");
        Files.createDirectory(sub);
        Path inner = sub.resolve("inner.txt");
        Files.writeString(inner, "x");
        try {
            Files.createDirectory(sub);
        } catch (FileAlreadyExistsException e) {
            System.out.println("createDirectory twice: FileAlreadyExistsException file name " + Path.of(e.getFile()).getFileName() + " reason " + e.getReason());
        }
        try {
            Files.delete(sub);
        } catch (DirectoryNotEmptyException e) {
            System.out.println("delete non-empty dir: DirectoryNotEmptyException is FileSystemException " + (e instanceof FileSystemException));
        }
        try {
            Files.createFile(inner);
        } catch (FileAlreadyExistsException e) {
            System.out.println("createFile existing: FileAlreadyExistsException " + Path.of(e.getMessage()).getFileName());
        }
        try {
            Files.readAllLines(sub.resolve("missing.txt"));
        } catch (NoSuchFileException e) {
            System.out.println("NoSuchFileException getFile ends with missing.txt: " + e.getFile().endsWith("missing.txt") + " other " + e.getOtherFile() + " reason " + e.getReason());
        }
        try {
            new FileInputStream(sub.toFile());
        } catch (FileNotFoundException e) {
            System.out.println("FileInputStream on directory: " + e.getMessage().substring(e.getMessage().indexOf(" (")));
        }
        Files.delete(inner);
        Files.delete(sub);
        Files.delete(dir);
        System.out.println("temp dir removed: " + !Files.exists(dir));

        IOException cause = new IOException("root cause");
        UncheckedIOException u = new UncheckedIOException(cause);
        System.out.println("UncheckedIOException(cause): " + u.getMessage() + " same cause " + (u.getCause() == cause));
        UncheckedIOException u2 = new UncheckedIOException("wrapped", cause);
        System.out.println("UncheckedIOException(msg,cause): " + u2.getMessage() + " toString " + u2);
        try {
            new UncheckedIOException("x", null);
        } catch (NullPointerException e) {
            System.out.println("null cause: NullPointerException");
        }

        BufferedReader failing = new BufferedReader(new FailingReader());
        try {
            failing.lines().forEach(l -> System.out.println("  lines() got: " + l));
        } catch (UncheckedIOException e) {
            System.out.println("lines() failure: " + e.getClass().getSimpleName() + " message " + e.getMessage() + " cause " + e.getCause().getMessage());
        }
        try (Reader r = new FailingReader()) {
            char[] cb = new char[32];
            System.out.println("first read " + r.read(cb));
            r.read(cb);
        } catch (IOException e) {
            System.out.println("primary: " + e.getMessage() + " suppressed: " + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage());
        }
        try (Reader r = new FailingReader()) {
            System.out.println("body ok");
        } catch (IOException e) {
            System.out.println("close-only failure: " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }

        Exception[] family = {new FileNotFoundException("f"), new java.io.EOFException(), new NoSuchFileException("n"),
            new java.nio.charset.CharacterCodingException(), new InterruptedIOException("i"), new java.io.UTFDataFormatException()};
        for (Exception e : family) {
            System.out.println(e.getClass().getSimpleName() + " isIOException " + (e instanceof IOException) + " message " + e.getMessage()
                + " super " + e.getClass().getSuperclass().getSimpleName());
        }
        System.out.println("UncheckedIOException super: " + UncheckedIOException.class.getSuperclass().getSimpleName());

        InputStream closed = new java.io.BufferedInputStream(new java.io.ByteArrayInputStream(new byte[] {1}));
        closed.close();
        attempt("read closed BufferedInputStream", closed::read);
        BufferedReader cbr = new BufferedReader(new java.io.StringReader("abc"));
        cbr.close();
        attempt("readLine closed BufferedReader", cbr::readLine);
        cbr.close();
        System.out.println("double close ok");
        java.io.PushbackInputStream pb = new java.io.PushbackInputStream(new java.io.ByteArrayInputStream(new byte[] {7}), 1);
        pb.unread(5);
        attempt("pushback overflow", () -> pb.unread(6));
        System.out.println("pushback reads: " + pb.read() + " " + pb.read() + " " + pb.read());
    }
}
