package sun.nio.fs;

import crema.vm.FileSystem;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;

/**
 * The Path of crema's (Unix) file system: the path string with redundant
 * and trailing slashes removed, and the offsets of its names.
 */
public final class UnixPath implements Path {
    private final String path;
    /** Where each name starts; computed on first use. */
    private int[] offsets;

    private UnixPath(String normalized) {
        this.path = normalized;
    }

    /** The path of {@code first} and the non-empty {@code more} joined with "/". */
    public static UnixPath of(String first, String... more) {
        String joined;
        if (more.length == 0) {
            joined = first.toString();
        } else {
            StringBuilder sb = new StringBuilder();
            sb.append(first);
            for (String segment : more) {
                if (!segment.isEmpty()) {
                    if (sb.length() > 0) {
                        sb.append('/');
                    }
                    sb.append(segment);
                }
            }
            joined = sb.toString();
        }
        return new UnixPath(normalizeAndCheck(joined));
    }

    private static String normalizeAndCheck(String input) {
        int n = input.length();
        char prevChar = 0;
        for (int i = 0; i < n; i++) {
            char c = input.charAt(i);
            if (c == '/' && prevChar == '/') {
                return normalize(input, n, i - 1);
            }
            if (c == '\u0000') {
                throw new InvalidPathException(input, "Nul character not allowed");
            }
            prevChar = c;
        }
        if (prevChar == '/' && n > 1) {
            return normalize(input, n, n - 1);
        }
        return input;
    }

    private static String normalize(String input, int len, int off) {
        if (len == 0) {
            return input;
        }
        int n = len;
        while (n > 0 && input.charAt(n - 1) == '/') {
            n--;
        }
        if (n == 0) {
            return "/";
        }
        StringBuilder sb = new StringBuilder(input.length());
        if (off > 0) {
            sb.append(input, 0, off);
        }
        char prevChar = 0;
        for (int i = off; i < n; i++) {
            char c = input.charAt(i);
            if (c == '/' && prevChar == '/') {
                continue;
            }
            if (c == '\u0000') {
                throw new InvalidPathException(input, "Nul character not allowed");
            }
            sb.append(c);
            prevChar = c;
        }
        return sb.toString();
    }

    private int[] offsets() {
        if (offsets == null) {
            int len = path.length();
            int count = 0;
            if (len == 0) {
                offsets = new int[] {0};
                return offsets;
            }
            int index = 0;
            while (index < len) {
                char c = path.charAt(index++);
                if (c != '/') {
                    count++;
                    while (index < len && path.charAt(index) != '/') {
                        index++;
                    }
                }
            }
            int[] result = new int[count];
            count = 0;
            index = 0;
            while (index < len) {
                char c = path.charAt(index);
                if (c == '/') {
                    index++;
                } else {
                    result[count++] = index++;
                    while (index < len && path.charAt(index) != '/') {
                        index++;
                    }
                }
            }
            offsets = result;
        }
        return offsets;
    }

    private boolean isEmpty() {
        return path.isEmpty();
    }

    private static UnixPath toUnixPath(Path obj) {
        if (obj == null) {
            throw new NullPointerException();
        }
        if (!(obj instanceof UnixPath)) {
            throw new java.nio.file.ProviderMismatchException();
        }
        return (UnixPath) obj;
    }

    @Override
    public java.nio.file.FileSystem getFileSystem() {
        return UnixFileSystem.INSTANCE;
    }

    @Override
    public boolean isAbsolute() {
        return path.length() > 0 && path.charAt(0) == '/';
    }

    @Override
    public Path getRoot() {
        return isAbsolute() ? new UnixPath("/") : null;
    }

    @Override
    public Path getFileName() {
        int count = getNameCount();
        if (count == 0) {
            return null;
        }
        if (count == 1 && path.length() > 0 && path.charAt(0) != '/') {
            return this;
        }
        return new UnixPath(path.substring(offsets()[count - 1]));
    }

    @Override
    public Path getParent() {
        int count = getNameCount();
        if (count == 0) {
            return null;
        }
        int len = offsets()[count - 1] - 1;
        if (len <= 0) {
            return getRoot();
        }
        return new UnixPath(path.substring(0, len));
    }

    @Override
    public int getNameCount() {
        return offsets().length;
    }

    private String name(int i) {
        int[] offs = offsets();
        int begin = offs[i];
        int end = (i == offs.length - 1) ? path.length() : offs[i + 1] - 1;
        return path.substring(begin, end);
    }

    @Override
    public Path getName(int index) {
        if (index < 0 || index >= getNameCount()) {
            throw new IllegalArgumentException();
        }
        return new UnixPath(name(index));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        int count = getNameCount();
        if (beginIndex < 0 || beginIndex >= count || endIndex > count || beginIndex >= endIndex) {
            throw new IllegalArgumentException();
        }
        int[] offs = offsets();
        int begin = offs[beginIndex];
        int end = (endIndex == count) ? path.length() : offs[endIndex] - 1;
        return new UnixPath(path.substring(begin, end));
    }

    @Override
    public boolean startsWith(Path other) {
        UnixPath that = toUnixPath(other);
        if (that.isAbsolute() != this.isAbsolute()) {
            return false;
        }
        if (that.isEmpty()) {
            return this.isEmpty();
        }
        int thisCount = getNameCount();
        int thatCount = that.getNameCount();
        if (thatCount > thisCount) {
            return false;
        }
        for (int i = 0; i < thatCount; i++) {
            if (!name(i).equals(that.name(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean endsWith(Path other) {
        UnixPath that = toUnixPath(other);
        if (that.isAbsolute()) {
            return that.path.equals(path);
        }
        if (that.isEmpty()) {
            return this.isEmpty();
        }
        int thisCount = getNameCount();
        int thatCount = that.getNameCount();
        if (thatCount > thisCount) {
            return false;
        }
        for (int i = 0; i < thatCount; i++) {
            if (!name(thisCount - thatCount + i).equals(that.name(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path normalize() {
        int count = getNameCount();
        if (count == 0 || isEmpty()) {
            return this;
        }
        boolean absolute = isAbsolute();
        ArrayList<String> names = new ArrayList<String>(count);
        boolean changed = false;
        for (int i = 0; i < count; i++) {
            String n = name(i);
            if (n.equals(".")) {
                changed = true;
            } else if (n.equals("..")) {
                int size = names.size();
                if (size > 0 && !names.get(size - 1).equals("..")) {
                    names.remove(size - 1);
                    changed = true;
                } else if (absolute) {
                    changed = true;
                } else {
                    names.add(n);
                }
            } else {
                names.add(n);
            }
        }
        if (!changed) {
            return this;
        }
        StringBuilder sb = new StringBuilder();
        if (absolute) {
            sb.append('/');
        }
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(names.get(i));
        }
        return new UnixPath(sb.toString());
    }

    @Override
    public Path resolve(Path obj) {
        UnixPath other = toUnixPath(obj);
        if (other.isAbsolute()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        if (path.equals("/")) {
            return new UnixPath("/" + other.path);
        }
        return new UnixPath(path + "/" + other.path);
    }

    @Override
    public Path relativize(Path obj) {
        UnixPath other = toUnixPath(obj);
        if (other.equals(this)) {
            return new UnixPath("");
        }
        if (this.isAbsolute() != other.isAbsolute()) {
            throw new IllegalArgumentException("'other' is different type of Path");
        }
        if (this.isEmpty()) {
            return other;
        }
        int bn = this.getNameCount();
        int cn = other.isEmpty() ? 0 : other.getNameCount();
        int n = Math.min(bn, cn);
        int i = 0;
        while (i < n && name(i).equals(other.name(i))) {
            i++;
        }
        StringBuilder sb = new StringBuilder();
        for (int j = i; j < bn; j++) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append("..");
        }
        for (int j = i; j < cn; j++) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(other.name(j));
        }
        return new UnixPath(sb.toString());
    }

    @Override
    public Path toAbsolutePath() {
        if (isAbsolute()) {
            return this;
        }
        String dir = System.getProperty("user.dir");
        if (dir == null) {
            dir = FileSystem.currentDirectory();
        }
        return of(dir, path);
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        Path absolute = toAbsolutePath();
        if (FileSystem.attributes(absolute.toString()) == 0) {
            throw new NoSuchFileException(path);
        }
        String c = FileSystem.canonicalize(absolute.toString());
        if (c == null) {
            throw UnixErrors.translate(path, null);
        }
        return new UnixPath(c);
    }

    @Override
    public int compareTo(Path other) {
        return path.compareTo(((UnixPath) other).path);
    }

    @Override
    public boolean equals(Object ob) {
        return ob instanceof UnixPath && ((UnixPath) ob).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
