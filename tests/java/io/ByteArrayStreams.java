// Checks ByteArrayInputStream (read, read into buffers with offsets, negative
// bytes as 0..255, mark/reset, skip, available, readAllBytes, readNBytes,
// transferTo, bad offsets) and ByteArrayOutputStream (write(int) keeping the
// low 8 bits, write(byte[],off,len), writeBytes, size, toByteArray copy,
// toString with UTF-8/ISO-8859-1, reset, writeTo), plus BufferedInputStream/
// BufferedOutputStream and SequenceInputStream over them.
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public class ByteArrayStreams {
    public static void main(String[] args) throws IOException {
        byte[] data = {10, 20, 30, -1, -128, 127, 0, 65, 66, 67};
        ByteArrayInputStream in = new ByteArrayInputStream(data);
        System.out.println("available: " + in.available() + " markSupported: " + in.markSupported());
        System.out.println("read x5: " + in.read() + " " + in.read() + " " + in.read() + " " + in.read() + " " + in.read());
        System.out.println("available: " + in.available());
        in.mark(0);
        byte[] buf = new byte[8];
        Arrays.fill(buf, (byte) 9);
        int n = in.read(buf, 2, 3);
        System.out.println("read(buf,2,3) -> " + n + " " + Arrays.toString(buf));
        in.reset();
        System.out.println("after reset read: " + in.read());
        System.out.println("skip(2) -> " + in.skip(2) + " available " + in.available());
        n = in.read(buf);
        System.out.println("read(buf) near end -> " + n + " " + Arrays.toString(buf));
        System.out.println("read at end: " + in.read() + " read(buf) at end: " + in.read(buf) + " read(buf,0,0): " + in.read(buf, 0, 0));
        System.out.println("skip at end: " + in.skip(5) + " available " + in.available());
        in.reset();
        System.out.println("reset goes back to mark: " + in.read());
        try {
            in.read(buf, 6, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("read(buf,6,5): " + e.getClass().getSimpleName());
        }

        ByteArrayInputStream part = new ByteArrayInputStream(data, 7, 10);
        System.out.println("offset ctor available: " + part.available() + " readAllBytes " + new String(part.readAllBytes(), StandardCharsets.US_ASCII));
        ByteArrayInputStream fresh = new ByteArrayInputStream(data);
        System.out.println("readNBytes(4): " + Arrays.toString(fresh.readNBytes(4)));
        byte[] nb = new byte[5];
        System.out.println("readNBytes(nb,1,3) -> " + fresh.readNBytes(nb, 1, 3) + " " + Arrays.toString(nb));
        System.out.println("readAllBytes rest: " + Arrays.toString(fresh.readAllBytes()) + " then " + fresh.readAllBytes().length);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        System.out.println("transferTo: " + new ByteArrayInputStream(data, 0, 4).transferTo(sink) + " -> " + Arrays.toString(sink.toByteArray()));
        InputStream empty = InputStream.nullInputStream();
        System.out.println("nullInputStream: " + empty.read() + " " + empty.available() + " " + empty.readAllBytes().length);

        ByteArrayOutputStream out = new ByteArrayOutputStream(2);
        System.out.println("new BAOS size " + out.size() + " toString [" + out + "]");
        out.write(72);
        out.write(0x169);  // low 8 bits 0x69 = 'i'
        out.write(' ');
        byte[] word = "streams!".getBytes(StandardCharsets.US_ASCII);
        out.write(word, 0, 7);
        out.writeBytes(new byte[] {'.', '.'});
        System.out.println("size " + out.size() + " toString: " + out);
        byte[] copy = out.toByteArray();
        copy[0] = 'J';
        System.out.println("toByteArray is a copy: " + out + " / " + new String(copy, StandardCharsets.US_ASCII));
        out.write(-1);
        System.out.println("wrote -1, last byte: " + out.toByteArray()[out.size() - 1] + " size " + out.size());
        out.reset();
        System.out.println("after reset size " + out.size() + " [" + out + "]");
        out.write("caf\u00e9".getBytes(StandardCharsets.UTF_8));
        System.out.println("UTF-8 bytes " + out.size() + " decoded length " + out.toString(StandardCharsets.UTF_8).length()
            + " as ISO-8859-1 length " + out.toString(StandardCharsets.ISO_8859_1).length()
            + " toString(\"UTF-8\") equals: " + out.toString("UTF-8").equals("caf\u00e9"));
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        out.writeTo(other);
        System.out.println("writeTo: " + Arrays.toString(other.toByteArray()));
        try {
            out.write(word, 5, 10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("write(word,5,10): " + e.getClass().getSimpleName());
        }
        out.close();
        out.write('!');
        System.out.println("BAOS usable after close: " + out.size());

        ByteArrayOutputStream target = new ByteArrayOutputStream();
        BufferedOutputStream bos = new BufferedOutputStream(target, 4);
        bos.write('a');
        bos.write('b');
        System.out.println("BufferedOutputStream before flush: " + target.size());
        bos.write(new byte[] {'c', 'd', 'e'});
        System.out.println("after overflow: " + target.size() + " [" + target + "]");
        bos.write(new byte[] {'1', '2', '3', '4', '5', '6'}, 0, 6);
        System.out.println("after large write: " + target.size() + " [" + target + "]");
        bos.write('z');
        bos.flush();
        System.out.println("after flush: [" + target + "]");

        BufferedInputStream bis = new BufferedInputStream(new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.US_ASCII)), 3);
        System.out.println("BufferedInputStream read: " + (char) bis.read() + " available " + bis.available());
        bis.mark(5);
        byte[] b4 = new byte[4];
        System.out.println("read(b4) -> " + bis.read(b4) + " " + new String(b4, StandardCharsets.US_ASCII));
        bis.reset();
        System.out.println("after reset: " + (char) bis.read() + " skip(3) " + bis.skip(3) + " next " + (char) bis.read());
        bis.close();
        try {
            bis.read();
        } catch (IOException e) {
            System.out.println("BufferedInputStream closed: " + e.getMessage());
        }

        SequenceInputStream seq = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'x', 'y'}), new ByteArrayInputStream(new byte[] {'z'}));
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = seq.read()) != -1) sb.append((char) c);
        System.out.println("SequenceInputStream: " + sb);
    }
}
