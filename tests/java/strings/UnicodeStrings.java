public class UnicodeStrings {
    public static void main(String[] args) {
        String cafe = "caf\u00e9";
        String nihon = "\u65e5\u672c\u8a9e";
        String greek = "\u03b1\u03b2\u03b3 \u0394";
        String mixed = "na\u00efve r\u00e9sum\u00e9 \u00fcber \u00f1and\u00fa";
        String emoji = "smile \ud83d\ude00!";
        System.out.println(cafe + " length " + cafe.length());
        System.out.println(nihon + " length " + nihon.length());
        System.out.println(greek + " length " + greek.length());
        System.out.println(mixed);
        System.out.println(mixed.toUpperCase());
        System.out.println(emoji + " length " + emoji.length() + " charAt(6) " + (int) emoji.charAt(6) + " charAt(7) " + (int) emoji.charAt(7));
        System.out.println("direct literal: é ü ñ 日本 ∑ € ☃");
        for (int i = 0; i < nihon.length(); i++) {
            char c = nihon.charAt(i);
            System.out.println(c + " U+" + Integer.toHexString(c).toUpperCase() + " letter=" + Character.isLetter(c));
        }
        System.out.println(cafe.indexOf('\u00e9') + " " + nihon.indexOf("\u672c") + " " + mixed.lastIndexOf('\u00e9'));
        System.out.println(cafe.equals("cafe") + " " + cafe.equals("caf\u00e9") + " " + cafe.compareTo("cafe") + " " + "\u00e9".compareTo("e"));
        System.out.println(cafe.hashCode() + " " + nihon.hashCode() + " " + emoji.hashCode());
        StringBuilder sb = new StringBuilder(nihon).reverse();
        System.out.println("reversed " + sb);
        StringBuilder esb = new StringBuilder("a\ud83d\ude00b").reverse();
        System.out.println("reversed with surrogate pair " + esb + " length " + esb.length());
        char[] cs = {'\u00c5', '\u00e6', '\u00f8'};
        System.out.println(new String(cs) + " " + String.valueOf(cs).length());
        System.out.println(String.format("%s|%5s|%-5s|", nihon, cafe, "\u00f1"));
        System.out.println((char) 0x263A + " " + (char) 0x2665 + " " + (char) 0x41);
        System.out.println("tab[\t] backslash[\\] quote[\"] apostrophe['] unicode-escape[\u0041]");
        System.out.println(nihon.replace('\u672c', 'X') + " " + mixed.replace("\u00e9", "e"));
        System.out.println("\u00e9".equalsIgnoreCase("\u00c9") + " " + "\u00e0\u00e8\u00ec".toUpperCase() + " " + "\u00c0\u00c8\u00cc".toLowerCase());
        System.out.print("no newline then newline");
        System.out.println();
        System.out.println("done");
    }
}
