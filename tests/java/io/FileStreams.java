// Checks java.io file access inside a fresh temporary directory (its path is
// never printed): FileOutputStream/FileInputStream (write bytes, append mode,
// read into buffers, skip, available), FileWriter/FileReader (overwrite and
// append), BufferedReader(new FileReader(f)).readLine loop, BufferedWriter,
// PrintWriter to a file (and to a File), RandomAccessFile seek/length, and
// java.io.File queries (exists, length, getName, isFile, isDirectory,
// list sorted, mkdir, renameTo, delete). Everything is deleted at the end.
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

public class FileStreams {
    static void describe(File f) {
        System.out.println("  " + f.getName() + ": exists=" + f.exists() + " isFile=" + f.isFile() + " isDirectory=" + f.isDirectory() + " length=" + (f.isFile() ? f.length() : -1));
    }

    public static void main(String[] args) throws IOException {
        File dir = Files.createTempDirectory("crema").toFile();
        System.out.println("temp dir: isDirectory=" + dir.isDirectory() + " empty=" + dir.list().length);

        File bin = new File(dir, "data.bin");
        describe(bin);
        try (FileOutputStream fos = new FileOutputStream(bin)) {
            fos.write(1);
            fos.write(new byte[] {2, 3, -4, 5});
            fos.write(new byte[] {10, 11, 12, 13}, 1, 2);
        }
        describe(bin);
        try (FileOutputStream fos = new FileOutputStream(bin, true)) {
            fos.write(new byte[] {99, 100});
        }
        System.out.println("after append length: " + bin.length());
        try (FileInputStream fis = new FileInputStream(bin)) {
            System.out.println("available " + fis.available() + " first " + fis.read() + " second " + fis.read());
            byte[] buf = new byte[3];
            int n = fis.read(buf);
            System.out.println("read(buf) " + n + " " + Arrays.toString(buf));
            System.out.println("skip(1) " + fis.skip(1) + " available " + fis.available());
            System.out.println("readAllBytes " + Arrays.toString(fis.readAllBytes()) + " then read " + fis.read());
        }
        try (FileOutputStream fos = new FileOutputStream(bin)) {
            fos.write('Z');
        }
        System.out.println("overwrite truncates, length: " + bin.length());

        File txt = new File(dir, "notes.txt");
        try (FileWriter fw = new FileWriter(txt)) {
            fw.write("first line\n");
            fw.write("second line\n");
            fw.append("third").append('\n');
        }
        try (FileWriter fw = new FileWriter(txt, true)) {
            fw.write("appended line\n");
        }
        try (FileWriter fw = new FileWriter(txt.getPath(), true)) {
            fw.write("no trailing newline");
        }
        System.out.println("notes.txt length " + txt.length());
        try (BufferedReader br = new BufferedReader(new FileReader(txt))) {
            String line;
            int no = 0;
            while ((line = br.readLine()) != null) {
                System.out.println("  " + (++no) + ": " + line);
            }
        }
        try (FileReader fr = new FileReader(txt)) {
            char[] cb = new char[10];
            int n = fr.read(cb);
            System.out.println("FileReader read(char[10]) " + n + " [" + new String(cb, 0, n) + "] next code " + fr.read());
        }

        File utf = new File(dir, "utf8.txt");
        try (BufferedWriter bw = new BufferedWriter(new FileWriter(utf, StandardCharsets.UTF_8))) {
            bw.write("\u00e9t\u00e9");
            bw.newLine();
            bw.write("\u20ac5");
        }
        System.out.println("utf8.txt bytes " + utf.length());
        try (BufferedReader br = new BufferedReader(new FileReader(utf, StandardCharsets.UTF_8))) {
            String l1 = br.readLine();
            String l2 = br.readLine();
            System.out.println("utf8 lines: " + l1.length() + " chars, first " + Integer.toHexString(l1.charAt(0)) + "; " + l2.length() + " chars, first " + Integer.toHexString(l2.charAt(0)) + "; eof " + br.readLine());
        }

        File report = new File(dir, "report.txt");
        try (PrintWriter pw = new PrintWriter(report)) {
            pw.println("Report");
            pw.printf("%-5s|%5d%n", "a", 1);
            pw.printf("%-5s|%5d%n", "bb", 22);
            pw.print(3.5);
            pw.println(true);
        }
        try (PrintWriter pw = new PrintWriter(new FileWriter(report, true))) {
            pw.println("appended via FileWriter");
        }
        try (FileInputStream fis = new FileInputStream(report)) {
            System.out.print("report.txt:\n" + new String(fis.readAllBytes(), StandardCharsets.UTF_8));
        }
        try (PrintWriter pw = new PrintWriter(new File(dir, "pw2.txt").getPath())) {
            pw.print("by name");
        }

        File raf = new File(dir, "random.dat");
        try (RandomAccessFile r = new RandomAccessFile(raf, "rw")) {
            r.write("0123456789".getBytes(StandardCharsets.US_ASCII));
            System.out.println("RAF length " + r.length() + " pointer " + r.getFilePointer());
            r.seek(3);
            System.out.println("after seek(3) read " + (char) r.read() + " pointer " + r.getFilePointer());
            r.seek(5);
            r.write('X');
            r.seek(r.length());
            r.write('!');
            r.seek(0);
            byte[] all = new byte[(int) r.length()];
            r.readFully(all);
            System.out.println("RAF content " + new String(all, StandardCharsets.US_ASCII) + " read at end " + r.read());
            r.setLength(4);
            System.out.println("setLength(4) -> " + r.length());
        }

        File sub = new File(dir, "sub");
        System.out.println("mkdir " + sub.mkdir() + " again " + sub.mkdir());
        describe(sub);
        File moved = new File(sub, "moved.txt");
        System.out.println("renameTo " + new File(dir, "pw2.txt").renameTo(moved) + " old exists " + new File(dir, "pw2.txt").exists() + " new length " + moved.length());
        System.out.println("createNewFile " + new File(sub, "empty").createNewFile() + " again " + new File(sub, "empty").createNewFile());
        String[] names = dir.list();
        Arrays.sort(names);
        System.out.println("dir listing: " + Arrays.toString(names));
        String[] subNames = sub.list();
        Arrays.sort(subNames);
        System.out.println("sub listing: " + Arrays.toString(subNames));
        File[] files = dir.listFiles(File::isFile);
        Arrays.sort(files);
        StringBuilder sb = new StringBuilder();
        for (File f : files) sb.append(f.getName()).append('=').append(f.length()).append(' ');
        System.out.println("file sizes: " + sb.toString().trim());
        System.out.println("getParentFile is dir: " + moved.getParentFile().equals(sub) + " name " + moved.getName() + " parent name " + moved.getParentFile().getName());
        File rel = new File("some/relative/path.txt");
        System.out.println("relative File: name " + rel.getName() + " parent " + rel.getParent() + " path " + rel.getPath() + " absolute " + rel.isAbsolute());
        System.out.println("delete non-empty dir: " + sub.delete());

        File[] subFiles = sub.listFiles();
        Arrays.sort(subFiles);
        for (File f : subFiles) {
            System.out.println("delete " + f.getName() + " " + f.delete());
        }
        System.out.println("delete sub " + sub.delete());
        for (File f : files) {
            System.out.println("delete " + f.getName() + " " + f.delete());
        }
        describe(bin);
        System.out.println("delete temp dir " + dir.delete() + " exists " + dir.exists());
    }
}
