public class BoxEquality {
    public static void main(String[] args) {
        Integer one = 1;
        Long oneL = 1L;
        Short oneS = 1;
        Byte oneB = 1;
        Double oneD = 1.0;
        Float oneF = 1.0f;
        Character oneC = 1;
        System.out.println("Integer(1).equals(Long(1)): " + one.equals(oneL));
        System.out.println("Long(1).equals(Integer(1)): " + oneL.equals(one));
        System.out.println("Integer(1).equals(Short(1)): " + one.equals(oneS));
        System.out.println("Integer(1).equals(Byte(1)): " + one.equals(oneB));
        System.out.println("Double(1.0).equals(Float(1.0)): " + oneD.equals(oneF));
        System.out.println("Integer(1).equals(Character(1)): " + one.equals(oneC));
        System.out.println("Long(1).equals(1L): " + oneL.equals(1L));
        System.out.println("Long(1).equals(1) [boxes to Integer]: " + oneL.equals(1));
        System.out.println("1 == 1L: " + (1 == 1L));
        System.out.println("one == 1L (unboxing + widening): " + (one == 1L));
        System.out.println("oneL == 1: " + (oneL == 1));
        System.out.println("oneD == 1: " + (oneD == 1));
        System.out.println("Double.equals NaN: " + Double.valueOf(Double.NaN).equals(Double.NaN) + ", NaN == NaN: " + (Double.NaN == Double.NaN));
        System.out.println("Double.equals 0.0 vs -0.0: " + Double.valueOf(0.0).equals(-0.0) + ", 0.0 == -0.0: " + (0.0 == -0.0));
        System.out.println("Float.equals 0.0f vs -0.0f: " + Float.valueOf(0.0f).equals(-0.0f));
        System.out.println("Integer.equals(null): " + one.equals(null));
        System.out.println("Integer.equals(\"1\"): " + one.equals("1"));
        System.out.println("Objects.equals(1, 1L): " + java.util.Objects.equals(1, 1L));
        System.out.println("Boolean.TRUE.equals(true): " + Boolean.TRUE.equals(true));
        // compareTo and compare
        System.out.println(Integer.valueOf(5).compareTo(7) + " " + Integer.valueOf(7).compareTo(5) + " " + Integer.valueOf(5).compareTo(5));
        System.out.println(Integer.compare(Integer.MIN_VALUE, Integer.MAX_VALUE) + " " + Long.compare(-1L, 1L) + " " + Character.compare('b', 'a'));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " " + Double.valueOf(1.5).compareTo(1.25));
        System.out.println(Short.compare((short) 1, (short) 300) + " " + Byte.compare((byte) -1, (byte) 1) + " " + Float.compare(1f, 2f));
        System.out.println(Character.valueOf('a').compareTo('z') + " " + Boolean.valueOf(false).compareTo(true) + " " + "b".compareTo("a"));
    }
}
