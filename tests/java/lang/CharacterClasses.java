// Checks Character classification and conversion methods for ASCII, Latin-1,
// Greek, Cyrillic, CJK, digits from other scripts and supplementary code
// points: isDigit/isLetter/isLetterOrDigit/isWhitespace/isSpaceChar/
// isUpperCase/isLowerCase/isAlphabetic/isJavaIdentifierStart/Part,
// toUpperCase/toLowerCase/toTitleCase, getNumericValue, digit, forDigit,
// getType, toChars, isSurrogate, codePointAt, charCount, MIN/MAX constants.
public class CharacterClasses {
    static String flags(int cp) {
        StringBuilder sb = new StringBuilder();
        sb.append(Character.isDigit(cp) ? 'D' : '-');
        sb.append(Character.isLetter(cp) ? 'L' : '-');
        sb.append(Character.isLetterOrDigit(cp) ? 'A' : '-');
        sb.append(Character.isWhitespace(cp) ? 'W' : '-');
        sb.append(Character.isSpaceChar(cp) ? 'S' : '-');
        sb.append(Character.isUpperCase(cp) ? 'U' : '-');
        sb.append(Character.isLowerCase(cp) ? 'l' : '-');
        sb.append(Character.isAlphabetic(cp) ? 'a' : '-');
        sb.append(Character.isJavaIdentifierStart(cp) ? 'J' : '-');
        sb.append(Character.isJavaIdentifierPart(cp) ? 'j' : '-');
        sb.append(Character.isISOControl(cp) ? 'C' : '-');
        sb.append(Character.isTitleCase(cp) ? 'T' : '-');
        sb.append(Character.isIdeographic(cp) ? 'I' : '-');
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] cps = {
            'a', 'Z', '5', ' ', '\t', '\n', '\r', '\u000b', '\u000c', '\u001c', '_', '$', '-', '@', '\u0000', '\u007f',
            '\u00a0', '\u00b2', '\u00b5', '\u00bd', '\u00c0', '\u00df', '\u00e9', '\u00f7', '\u00ff',
            '\u0391', '\u03b1', '\u03c3', '\u03c2', '\u0416', '\u0436', '\u01c5', '\u0660', '\u0969',
            '\u2003', '\u2007', '\u2028', '\u200b', '\u3000', '\u4e2d', '\uff11', '\uff21', '\u2160', '\u216b',
            0x1D400, 0x1F600, 0x10400, 0x10428, 0x20000
        };
        for (int cp : cps) {
            System.out.println(String.format("U+%04X %s up=%X lo=%X title=%X num=%d digit10=%d digit16=%d type=%d",
                cp, flags(cp), Character.toUpperCase(cp), Character.toLowerCase(cp), Character.toTitleCase(cp),
                Character.getNumericValue(cp), Character.digit(cp, 10), Character.digit(cp, 16), Character.getType(cp)));
        }
        System.out.println("char overloads " + Character.toUpperCase('q') + Character.toLowerCase('Q')
            + " " + Character.toUpperCase('\u00ff') + " " + (int) Character.toUpperCase('\u00df')
            + " " + Character.toLowerCase('\u0130') + " " + "\u00df".toUpperCase());
        for (char c : new char[] {'0', '7', '9', 'a', 'f', 'g', 'z', 'A', 'F', 'Z', '!'}) {
            System.out.print(c + ":" + Character.digit(c, 2) + "/" + Character.digit(c, 8) + "/" + Character.digit(c, 16)
                + "/" + Character.digit(c, 36) + "/" + Character.getNumericValue(c) + " ");
        }
        System.out.println();
        System.out.println("digit bad radix " + Character.digit('1', 1) + " " + Character.digit('1', 37));
        StringBuilder fd = new StringBuilder();
        for (int d = -1; d <= 36; d += 5) fd.append(d).append("->").append((int) Character.forDigit(d, 36)).append(' ');
        System.out.println("forDigit " + fd + Character.forDigit(11, 16) + " " + (int) Character.forDigit(11, 10) + " "
            + (int) Character.forDigit(5, 40) + " " + Character.forDigit(15, 16));

        char[] pair = Character.toChars(0x1F600);
        System.out.println("toChars len " + pair.length + " " + Integer.toHexString(pair[0]) + " " + Integer.toHexString(pair[1])
            + " bmp len " + Character.toChars('x').length);
        char[] buf = new char[4];
        int n = Character.toChars(0x10400, buf, 1);
        System.out.println("toChars into " + n + " " + Integer.toHexString(buf[1]) + " " + Integer.toHexString(buf[2]));
        System.out.println("isSurrogate " + Character.isSurrogate('\uD800') + Character.isSurrogate('\uDFFF')
            + Character.isSurrogate('\uE000') + Character.isSurrogate('a')
            + " pair " + Character.isSurrogatePair('\uD83D', '\uDE00') + Character.isSurrogatePair('\uDE00', '\uD83D'));
        System.out.println("toCodePoint " + Integer.toHexString(Character.toCodePoint('\uD83D', '\uDE00'))
            + " high " + Integer.toHexString(Character.highSurrogate(0x1F600))
            + " low " + Integer.toHexString(Character.lowSurrogate(0x1F600)));
        char[] arr = {'x', '\uD83D', '\uDE00', '\uD83D'};
        System.out.println("codePointAt " + Integer.toHexString(Character.codePointAt(arr, 0))
            + " " + Integer.toHexString(Character.codePointAt(arr, 1)) + " " + Integer.toHexString(Character.codePointAt(arr, 2))
            + " " + Integer.toHexString(Character.codePointAt(arr, 3))
            + " seq " + Integer.toHexString(Character.codePointAt("\uD83D\uDE00", 0))
            + " limit " + Integer.toHexString(Character.codePointAt(arr, 1, 2))
            + " before " + Integer.toHexString(Character.codePointBefore(arr, 3)));
        System.out.println("charCount " + Character.charCount(0x41) + Character.charCount(0x1F600) + Character.charCount(0xFFFF)
            + Character.charCount(0x10000) + " valid " + Character.isValidCodePoint(0x10FFFF) + Character.isValidCodePoint(0x110000)
            + Character.isValidCodePoint(-1) + " bmp " + Character.isBmpCodePoint(0xFFFF) + Character.isBmpCodePoint(0x10000));
        System.out.println("constants " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE + " "
            + Integer.toHexString(Character.MIN_SUPPLEMENTARY_CODE_POINT) + " " + Integer.toHexString(Character.MAX_CODE_POINT)
            + " " + Integer.toHexString(Character.MIN_HIGH_SURROGATE) + " " + Integer.toHexString(Character.MAX_LOW_SURROGATE)
            + " " + Character.SIZE + " " + Character.BYTES + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX);
        Character boxed = 'k';
        System.out.println("boxed " + boxed.compareTo('a') + " " + Character.compare('a', 'b') + " " + boxed.hashCode()
            + " " + Character.hashCode('k') + " " + Character.toString('k') + Character.toString(0x41)
            + " " + Integer.toHexString(Character.reverseBytes('\u1234'))
            + " " + Character.valueOf('k').equals(boxed));
        try {
            Character.toChars(0x110000);
        } catch (IllegalArgumentException e) {
            System.out.println("toChars invalid: " + e.getMessage());
        }
        try {
            Character.toString(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("toString invalid: " + e.getMessage());
        }
    }
}
