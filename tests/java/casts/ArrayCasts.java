public class ArrayCasts {
    public static void main(String[] args) {
        Object[] objs = new Object[] {"a", "b"};
        try {
            String[] strs = (String[]) objs;
            System.out.println("not reached " + strs.length);
        } catch (ClassCastException e) {
            System.out.println("Object[] -> String[]: ClassCastException");
        }
        Object[] reallyStrings = new String[] {"a", "b"};
        String[] ok = (String[]) reallyStrings;
        System.out.println("String[] viewed as Object[] -> String[]: " + ok.length);
        Object o = new int[] {1, 2, 3};
        int[] ints = (int[]) o;
        System.out.println("Object -> int[]: " + ints[2]);
        try {
            Object[] bad = (Object[]) o;
            System.out.println("not reached " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("int[] -> Object[]: ClassCastException");
        }
        Object nested = new Integer[][] {{1}, {2, 3}};
        Object[] outer = (Object[]) nested;
        Number[][] nums = (Number[][]) nested;
        Integer[] row = (Integer[]) outer[1];
        System.out.println("Integer[][] -> Object[], Number[][]: " + outer.length + " " + nums[1][1] + " " + row[0]);
        try {
            Double[][] bad = (Double[][]) nested;
            System.out.println("not reached " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("Integer[][] -> Double[][]: " + e.getMessage());
        }
        Cloneable cl = new long[2];
        java.io.Serializable ser = new String[1];
        System.out.println("arrays are Cloneable/Serializable: " + ((long[]) cl).length + " " + ((String[]) ser).length);
        Object[] mixed = {new int[0], new String[0], new Object[0], "s", null};
        for (Object m : mixed) {
            String kind;
            if (m instanceof int[]) kind = "int[]";
            else if (m instanceof String[]) kind = "String[]";
            else if (m instanceof Object[]) kind = "Object[]";
            else if (m == null) kind = "null";
            else kind = "not an array: " + m.getClass().getSimpleName();
            System.out.println(kind + (m != null && m.getClass().isArray() ? " (isArray)" : ""));
        }
        CharSequence[] seqs = new String[] {"x"};
        try {
            seqs[0] = new StringBuilder("y");
        } catch (ArrayStoreException e) {
            System.out.println("CharSequence[] backed by String[] rejects StringBuilder: " + e.getMessage());
        }
        Comparable<?>[] comps = new Integer[] {3, 1};
        System.out.println("Comparable[] from Integer[]: " + comps[0] + " " + comps.getClass().getSimpleName());
    }
}
