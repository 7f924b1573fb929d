public class OtherCaches {
    public static void main(String[] args) {
        Long l1 = 127L, l2 = 127L, l3 = 128L, l4 = 128L;
        System.out.println("Long 127: " + (l1 == l2) + ", Long 128: " + (l3 == l4) + ", Long -128: " + (Long.valueOf(-128) == Long.valueOf(-128)));
        Short s1 = 100, s2 = 100;
        Short s3 = 1000, s4 = 1000;
        System.out.println("Short 100: " + (s1 == s2) + ", Short 1000: " + (s3 == s4));
        Byte b1 = 100, b2 = 100, b3 = -128, b4 = -128;
        System.out.println("Byte 100: " + (b1 == b2) + ", Byte -128: " + (b3 == b4) + ", all bytes cached: " + allBytesCached());
        Character c1 = 'a', c2 = 'a';
        Character c3 = '\u0080', c4 = '\u0080';
        Character c5 = '\u007f', c6 = '\u007f';
        System.out.println("Character 'a': " + (c1 == c2) + ", Character 127: " + (c5 == c6) + ", Character 128: " + (c3 == c4));
        Boolean t1 = true, t2 = Boolean.valueOf(true), t3 = Boolean.valueOf("TRUE"), t4 = Boolean.parseBoolean("yes");
        System.out.println("Boolean: " + (t1 == Boolean.TRUE) + " " + (t2 == Boolean.TRUE) + " " + (t3 == Boolean.TRUE) + " " + t4);
        System.out.println("Boolean.valueOf(\"tRuE\") " + Boolean.valueOf("tRuE") + ", Boolean.valueOf(null) " + Boolean.valueOf((String) null));
        Double d1 = 1.0, d2 = 1.0;
        Float f1 = 1f, f2 = 1f;
        System.out.println("Double boxes are distinct: " + (d1 != d2) + ", equals " + d1.equals(d2));
        System.out.println("Float boxes are distinct: " + (f1 != f2) + ", equals " + f1.equals(f2));
        System.out.println(Boolean.TRUE + " " + Boolean.FALSE + " " + Boolean.TRUE.booleanValue() + " " + Boolean.toString(false));
        System.out.println((true ^ false) + " " + Boolean.compare(true, false) + " " + Boolean.TRUE.compareTo(Boolean.FALSE));
        System.out.println(Character.valueOf('z').charValue() + " " + Short.valueOf((short) 7).shortValue() + " " + Byte.valueOf((byte) -1).byteValue());
        System.out.println(Long.valueOf(5).longValue() + Integer.valueOf(5).intValue() + Double.valueOf(0.5).doubleValue());
    }

    static boolean allBytesCached() {
        for (int i = -128; i <= 127; i++) {
            if (Byte.valueOf((byte) i) != Byte.valueOf((byte) i)) return false;
        }
        return true;
    }
}
