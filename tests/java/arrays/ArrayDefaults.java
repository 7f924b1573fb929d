public class ArrayDefaults {
    public static void main(String[] args) {
        int[] ints = new int[3];
        long[] longs = new long[3];
        double[] doubles = new double[3];
        float[] floats = new float[3];
        char[] chars = new char[3];
        boolean[] bools = new boolean[3];
        byte[] bytes = new byte[3];
        short[] shorts = new short[3];
        Object[] objs = new Object[3];
        String[] strs = new String[3];
        int[][] nested = new int[3][];
        System.out.println("int " + ints[0] + " " + ints[2] + " len " + ints.length);
        System.out.println("long " + longs[1] + " len " + longs.length);
        System.out.println("double " + doubles[1] + " len " + doubles.length);
        System.out.println("float " + floats[1] + " len " + floats.length);
        System.out.println("char " + (int) chars[1] + " len " + chars.length);
        System.out.println("boolean " + bools[1] + " len " + bools.length);
        System.out.println("byte " + bytes[1] + " len " + bytes.length);
        System.out.println("short " + shorts[1] + " len " + shorts.length);
        System.out.println("Object " + objs[1] + " len " + objs.length);
        System.out.println("String " + strs[1] + " len " + strs.length);
        System.out.println("int[][] row " + nested[1] + " len " + nested.length);
        int[] empty = new int[0];
        System.out.println("empty len " + empty.length);
        int[] init = {10, 20, 30, 40};
        System.out.println("initialized len " + init.length + " last " + init[init.length - 1]);
        int n = 5;
        double[] sized = new double[n * 2];
        System.out.println("computed size " + sized.length);
        // store and load every type
        ints[0] = Integer.MIN_VALUE;
        longs[0] = Long.MAX_VALUE;
        doubles[0] = -0.0;
        floats[0] = Float.NaN;
        chars[0] = '\u20ac';
        bools[0] = true;
        bytes[0] = (byte) 0xAB;
        shorts[0] = (short) 0xABCD;
        objs[0] = "obj";
        strs[0] = "str";
        System.out.println(ints[0] + " " + longs[0] + " " + doubles[0] + " " + floats[0] + " " + chars[0] + " "
            + bools[0] + " " + bytes[0] + " " + shorts[0] + " " + objs[0] + " " + strs[0]);
        // arrays of boolean are independent values
        boolean[] flags = new boolean[8];
        for (int i = 0; i < flags.length; i += 3) flags[i] = true;
        StringBuilder sb = new StringBuilder();
        for (boolean b : flags) sb.append(b ? '1' : '0');
        System.out.println(sb);
        // char array printing
        char[] word = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(word);
        System.out.println(new String(word, 1, 3));
        System.out.println(String.valueOf(word));
        // byte overflow in array
        byte[] counter = new byte[1];
        for (int i = 0; i < 300; i++) counter[0]++;
        System.out.println("byte counter " + counter[0]);
        short[] sc = new short[1];
        for (int i = 0; i < 40000; i++) sc[0]++;
        System.out.println("short counter " + sc[0]);
        char[] cc = new char[1];
        cc[0]--;
        System.out.println("char counter " + (int) cc[0]);
        long[] lc = {Long.MAX_VALUE};
        lc[0]++;
        System.out.println("long counter " + lc[0]);
        float[] fc = {16777216f};
        fc[0]++;
        System.out.println("float counter " + fc[0]);
        double[] dc = {0.1};
        dc[0] *= 3;
        System.out.println("double counter " + dc[0]);
    }
}
