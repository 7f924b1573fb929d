public class ArrayExceptions {
    static int idx(int i) {
        return i;
    }

    public static void main(String[] args) {
        int[] ints = new int[3];
        try {
            ints[idx(5)] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("iastore: " + e.getMessage());
        }
        try {
            System.out.println(ints[idx(-1)]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("iaload: " + e.getMessage());
        }
        try {
            System.out.println(ints[idx(3)]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("iaload at length: " + e);
        }
        long[] longs = new long[2];
        try {
            longs[idx(2)] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("lastore: " + e.getMessage());
        }
        double[] doubles = new double[0];
        try {
            System.out.println(doubles[0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("daload empty: " + e.getMessage());
        }
        String[] strs = new String[4];
        try {
            strs[idx(Integer.MAX_VALUE)] = "x";
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("aastore: " + e.getMessage());
        }
        try {
            System.out.println(strs[idx(Integer.MIN_VALUE)]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("aaload: " + e.getMessage());
        }
        char[] chars = new char[1];
        byte[] bytes = new byte[1];
        short[] shorts = new short[1];
        boolean[] bools = new boolean[1];
        float[] floats = new float[1];
        try { chars[idx(1)] = 'a'; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("castore: " + e.getMessage()); }
        try { bytes[idx(7)]++; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("bastore: " + e.getMessage()); }
        try { System.out.println(shorts[idx(-2)]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("saload: " + e.getMessage()); }
        try { System.out.println(bools[idx(1)]); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("baload (boolean): " + e.getMessage()); }
        try { floats[idx(10)] = 1f; } catch (ArrayIndexOutOfBoundsException e) { System.out.println("fastore: " + e.getMessage()); }
        int[][] grid = new int[2][3];
        try {
            grid[1][idx(3)] = 5;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("2D inner: " + e.getMessage());
        }
        try {
            grid[idx(2)][0] = 5;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("2D outer: " + e.getMessage());
        }
        // superclass catch
        try {
            System.out.println(ints[idx(99)]);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught as IndexOutOfBoundsException: " + e.getClass().getName());
        }
        // negative sizes
        try {
            int[] neg = new int[idx(-1)];
            System.out.println("not reached " + neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("newarray: " + e);
        }
        try {
            Object[] neg = new Object[idx(-5)];
            System.out.println("not reached " + neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("anewarray: " + e.getMessage());
        }
        try {
            int[][] neg = new int[idx(2)][idx(-3)];
            System.out.println("not reached " + neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("multianewarray: " + e.getMessage());
        }
        try {
            int[][] neg = new int[idx(-4)][idx(2)];
            System.out.println("not reached " + neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("multianewarray outer: " + e.getMessage());
        }
        int[][] zeroOuter = new int[0][idx(-1) + 1];
        System.out.println("zero outer ok " + zeroOuter.length);
        // null arrays
        int[] nothing = null;
        try {
            System.out.println(nothing[0]);
        } catch (NullPointerException e) {
            System.out.println("null iaload: " + e.getClass().getName());
        }
        try {
            System.out.println(nothing.length);
        } catch (NullPointerException e) {
            System.out.println("null arraylength: " + e.getClass().getName());
        }
        try {
            nothing[0] = 1;
        } catch (NullPointerException e) {
            System.out.println("null iastore: " + e.getClass().getName());
        }
        // index evaluated before value; exception leaves array unchanged
        int[] target = {1, 2, 3};
        int i = 0;
        try {
            target[i = 5] = i + 100;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("i = " + i + ", target unchanged: " + target[0] + target[1] + target[2]);
        }
        // loop that runs past the end
        int sum = 0;
        try {
            for (int k = 0; ; k++) sum += target[k];
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("sum before overrun = " + sum + " (" + e.getMessage() + ")");
        }
    }
}
