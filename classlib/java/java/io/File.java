package java.io;

import crema.vm.FileSystem;
import java.util.ArrayList;

/**
 * An abstract pathname (Unix syntax: '/' separates names; redundant and
 * trailing slashes are dropped). Queries and operations go to the host file
 * system; most report failure by their result rather than by exceptions.
 */
public class File implements Serializable, Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;
    /** 1 for an absolute path (its "/" prefix), else 0. */
    private final transient int prefixLength;

    private File(String normalizedPath, int prefixLength) {
        this.path = normalizedPath;
        this.prefixLength = prefixLength;
    }

    public File(String pathname) {
        if (pathname == null) {
            throw new NullPointerException();
        }
        this.path = normalize(pathname);
        this.prefixLength = prefixLength(path);
    }

    public File(String parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            if (parent.isEmpty()) {
                this.path = resolve("/", normalize(child));
            } else {
                this.path = resolve(normalize(parent), normalize(child));
            }
        } else {
            this.path = normalize(child);
        }
        this.prefixLength = prefixLength(path);
    }

    public File(File parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent != null) {
            if (parent.path.isEmpty()) {
                this.path = resolve("/", normalize(child));
            } else {
                this.path = resolve(parent.path, normalize(child));
            }
        } else {
            this.path = normalize(child);
        }
        this.prefixLength = prefixLength(path);
    }

    /** Drops duplicate slashes and a trailing slash (but keeps a lone "/"). */
    static String normalize(String pathname) {
        int n = pathname.length();
        StringBuilder sb = null;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = pathname.charAt(i);
            if (c == '/' && prev == '/') {
                if (sb == null) {
                    sb = new StringBuilder(n);
                    sb.append(pathname, 0, i);
                }
            } else if (sb != null) {
                sb.append(c);
            }
            prev = c;
        }
        String s = sb == null ? pathname : sb.toString();
        if (s.length() > 1 && s.charAt(s.length() - 1) == '/') {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static int prefixLength(String path) {
        return path.length() > 0 && path.charAt(0) == '/' ? 1 : 0;
    }

    private static String resolve(String parent, String child) {
        if (child.isEmpty()) {
            return parent;
        }
        if (child.charAt(0) == '/') {
            if (parent.equals("/")) {
                return child;
            }
            return parent + child;
        }
        if (parent.equals("/")) {
            return parent + child;
        }
        return parent + '/' + child;
    }

    public String getName() {
        int index = path.lastIndexOf(separatorChar);
        if (index < prefixLength) {
            return path.substring(prefixLength);
        }
        return path.substring(index + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf(separatorChar);
        if (index < prefixLength) {
            if (prefixLength > 0 && path.length() > prefixLength) {
                return path.substring(0, prefixLength);
            }
            return null;
        }
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        if (p == null) {
            return null;
        }
        return new File(p, prefixLength);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return prefixLength > 0;
    }

    static String userDir() {
        String dir = System.getProperty("user.dir");
        return dir != null ? dir : FileSystem.currentDirectory();
    }

    public String getAbsolutePath() {
        if (isAbsolute()) {
            return path;
        }
        return resolve(userDir(), path);
    }

    public File getAbsoluteFile() {
        String absPath = getAbsolutePath();
        return new File(absPath, prefixLength(absPath));
    }

    public String getCanonicalPath() throws IOException {
        String c = FileSystem.canonicalize(getAbsolutePath());
        if (c == null) {
            throw new IOException(FileSystem.lastError());
        }
        return c;
    }

    public File getCanonicalFile() throws IOException {
        String canonPath = getCanonicalPath();
        return new File(canonPath, prefixLength(canonPath));
    }

    private int attributes() {
        if (path.indexOf('\u0000') >= 0) {
            return 0;
        }
        return FileSystem.attributes(path);
    }

    public boolean canRead() {
        return (attributes() & FileSystem.READABLE) != 0;
    }

    public boolean canWrite() {
        return (attributes() & FileSystem.WRITABLE) != 0;
    }

    public boolean canExecute() {
        return (attributes() & FileSystem.EXECUTABLE) != 0;
    }

    public boolean exists() {
        return (attributes() & FileSystem.EXISTS) != 0;
    }

    public boolean isDirectory() {
        return (attributes() & FileSystem.DIRECTORY) != 0;
    }

    public boolean isFile() {
        return (attributes() & FileSystem.REGULAR) != 0;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public long lastModified() {
        return FileSystem.lastModified(path);
    }

    public long length() {
        return FileSystem.length(path);
    }

    /** Creates the file if it does not exist yet: true if this call created it. */
    public boolean createNewFile() throws IOException {
        int d = FileSystem.open(path, FileSystem.CREATE_NEW);
        if (d >= 0) {
            FileSystem.close(d);
            return true;
        }
        if (exists()) {
            return false;
        }
        throw new IOException(FileSystem.lastError());
    }

    public boolean delete() {
        return FileSystem.delete(path);
    }

    /** Would delete the file when the VM exits; crema runs no exit hooks, so the file stays. */
    public void deleteOnExit() {
    }

    public String[] list() {
        if (path.indexOf('\u0000') >= 0) {
            return null;
        }
        return FileSystem.list(path);
    }

    public String[] list(FilenameFilter filter) {
        String[] names = list();
        if (names == null || filter == null) {
            return names;
        }
        ArrayList<String> v = new ArrayList<String>();
        for (String name : names) {
            if (filter.accept(this, name)) {
                v.add(name);
            }
        }
        return v.toArray(new String[0]);
    }

    public File[] listFiles() {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        File[] fs = new File[ss.length];
        for (int i = 0; i < ss.length; i++) {
            fs[i] = new File(this, ss[i]);
        }
        return fs;
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        ArrayList<File> files = new ArrayList<File>();
        for (String s : ss) {
            if (filter == null || filter.accept(this, s)) {
                files.add(new File(this, s));
            }
        }
        return files.toArray(new File[0]);
    }

    public File[] listFiles(FileFilter filter) {
        String[] ss = list();
        if (ss == null) {
            return null;
        }
        ArrayList<File> files = new ArrayList<File>();
        for (String s : ss) {
            File f = new File(this, s);
            if (filter == null || filter.accept(f)) {
                files.add(f);
            }
        }
        return files.toArray(new File[0]);
    }

    public boolean mkdir() {
        return FileSystem.mkdir(path);
    }

    public boolean mkdirs() {
        if (exists()) {
            return false;
        }
        if (mkdir()) {
            return true;
        }
        File canonFile;
        try {
            canonFile = getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canonFile.getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && canonFile.mkdir();
    }

    public boolean renameTo(File dest) {
        if (dest == null) {
            throw new NullPointerException();
        }
        return FileSystem.rename(path, dest.path);
    }

    public static File[] listRoots() {
        return new File[] {new File("/")};
    }

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        if (suffix == null) {
            suffix = ".tmp";
        }
        File tmpdir = directory != null ? directory : new File(tempDirectory());
        for (;;) {
            File f = new File(tmpdir, prefix + sun.nio.fs.TempNames.next() + suffix);
            int d = FileSystem.open(f.getPath(), FileSystem.CREATE_NEW);
            if (d >= 0) {
                FileSystem.close(d);
                return f;
            }
            if (!f.exists()) {
                throw new IOException(FileSystem.lastError());
            }
        }
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    static String tempDirectory() {
        String dir = System.getProperty("java.io.tmpdir");
        return dir != null ? dir : "/tmp";
    }

    @Override
    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }

    @Override
    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    @Override
    public String toString() {
        return path;
    }

    public java.nio.file.Path toPath() {
        return java.nio.file.Path.of(path);
    }
}
