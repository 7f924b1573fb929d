// Checks chars() and codePoints() streams (sum/count/mapToObj/filter), on
// ASCII and on strings with surrogate pairs, codePointAt/Before/Count,
// offsetByCodePoints, toCharArray, getChars, String(char[], int, int),
// String(int[], int, int), and UTF-8 encoding/decoding via byte arrays.
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

public class StringCharsCodePoints {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff)).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        String ascii = "Hello, World 42";
        System.out.println("chars count " + ascii.chars().count() + " sum " + ascii.chars().sum());
        System.out.println("digits " + ascii.chars().filter(Character::isDigit).count()
            + " upper " + ascii.chars().filter(Character::isUpperCase).count());
        System.out.println(ascii.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("|")));
        System.out.println(ascii.chars().map(Character::toUpperCase)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        System.out.println("max " + ascii.chars().max().getAsInt() + " min " + ascii.chars().min().getAsInt());

        // U+1F600 (grinning face) and U+1D11E (G clef) are outside the BMP
        String s = "a\uD83D\uDE00b\uD834\uDD1Ec\u00e9";
        System.out.println("length " + s.length() + " codePointCount " + s.codePointCount(0, s.length()));
        System.out.println("chars " + s.chars().mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        System.out.println("codePoints " + s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        System.out.println("chars sum " + s.chars().sum() + " codePoints sum " + s.codePoints().sum());
        System.out.println("codePoints count " + s.codePoints().count()
            + " supplementary " + s.codePoints().filter(Character::isSupplementaryCodePoint).count());
        for (int i = 0; i < s.length(); i++) {
            System.out.println("  i=" + i + " charAt " + Integer.toHexString(s.charAt(i))
                + " codePointAt " + Integer.toHexString(s.codePointAt(i))
                + " high " + Character.isHighSurrogate(s.charAt(i))
                + " low " + Character.isLowSurrogate(s.charAt(i)));
        }
        System.out.println("codePointBefore(3) " + Integer.toHexString(s.codePointBefore(3))
            + " codePointBefore(2) " + Integer.toHexString(s.codePointBefore(2)));
        System.out.println("offsetByCodePoints(0,2) " + s.offsetByCodePoints(0, 2)
            + " offsetByCodePoints(0,4) " + s.offsetByCodePoints(0, 4));
        System.out.println("indexOf(0x1D11E) " + s.indexOf(0x1D11E) + " indexOf('b') " + s.indexOf('b')
            + " indexOf(0xDE00) " + s.indexOf(0xDE00));
        String rebuilt = s.codePoints().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        System.out.println("rebuilt equal " + rebuilt.equals(s));
        System.out.println("reversed by code point " + new StringBuilder(s).reverse().codePoints()
            .mapToObj(Integer::toHexString).collect(Collectors.joining(",")));

        char[] arr = ascii.toCharArray();
        System.out.println("toCharArray length " + arr.length + " " + arr[0] + arr[arr.length - 1]);
        arr[0] = 'J';
        System.out.println("original unchanged " + ascii + " copy " + new String(arr));
        char[] dst = new char[10];
        Arrays.fill(dst, '.');
        ascii.getChars(7, 12, dst, 2);
        System.out.println("getChars " + new String(dst));
        System.out.println("String(char[],1,4) " + new String(arr, 1, 4));
        System.out.println("valueOf(char[],7,5) " + String.valueOf(arr, 7, 5) + " copyValueOf " + String.copyValueOf(arr, 0, 2));
        try {
            new String(arr, 10, 10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        try {
            ascii.getChars(5, 3, dst, 0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        int[] cps = {0x48, 0x1F600, 0x49};
        String fromCps = new String(cps, 0, 3);
        System.out.println("String(int[]) length " + fromCps.length() + " cps " + fromCps.codePointCount(0, fromCps.length()));

        String text = "h\u00e9llo \u20ac \u4e2d\u6587 \uD83D\uDE00";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        System.out.println("utf8 " + utf8.length + " bytes: " + hex(utf8));
        String back = new String(utf8, StandardCharsets.UTF_8);
        System.out.println("round trip " + back.equals(text) + " length " + back.length());
        byte[] latin = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        System.out.println("latin1 " + hex(latin));
        System.out.println("ascii of non-ascii " + hex("a\u00e9".getBytes(StandardCharsets.US_ASCII)));
        byte[] partial = {(byte) 0x41, (byte) 0xc3, (byte) 0xa9, (byte) 0x42};
        String dec = new String(partial, 1, 2, StandardCharsets.UTF_8);
        System.out.println("decode slice " + dec.length() + " " + Integer.toHexString(dec.charAt(0)));
        byte[] bad = {(byte) 0x41, (byte) 0xff, (byte) 0x42};
        String badDec = new String(bad, StandardCharsets.UTF_8);
        System.out.println("malformed -> " + badDec.length() + " " + Integer.toHexString(badDec.charAt(1)));
        System.out.println("utf16 " + hex("A\u00e9".getBytes(StandardCharsets.UTF_16BE)));
        System.out.println("Character.toString(0x1F600) length " + Character.toString(0x1F600).length());
    }
}
