import java.util.HashMap;

public class UnboxingNull {
    static Integer maybe(boolean give) {
        return give ? 7 : null;
    }

    static int unbox(Integer i) {
        return i;
    }

    public static void main(String[] args) {
        Integer present = maybe(true);
        Integer absent = maybe(false);
        System.out.println("present " + present + " absent " + absent);
        try {
            int x = absent;
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("assignment unboxing: " + e.getClass().getName());
        }
        try {
            System.out.println(unbox(null));
        } catch (NullPointerException e) {
            System.out.println("parameter unboxing: " + e.getClass().getName());
        }
        try {
            System.out.println(absent + 1);
        } catch (NullPointerException e) {
            System.out.println("arithmetic unboxing: " + e.getClass().getName());
        }
        try {
            if (absent > 0) System.out.println("positive");
        } catch (NullPointerException e) {
            System.out.println("comparison unboxing: " + e.getClass().getName());
        }
        try {
            absent++;
        } catch (NullPointerException e) {
            System.out.println("increment unboxing: " + e.getClass().getName());
        }
        Boolean nb = null;
        try {
            if (nb) System.out.println("true");
        } catch (NullPointerException e) {
            System.out.println("Boolean condition unboxing: " + e.getClass().getName());
        }
        HashMap<String, Integer> counts = new HashMap<>();
        counts.put("a", 1);
        try {
            int missing = counts.get("b");
            System.out.println(missing);
        } catch (NullPointerException e) {
            System.out.println("map get unboxing: " + e.getClass().getName());
        }
        int safe = counts.getOrDefault("b", 0);
        System.out.println("getOrDefault " + safe);
        Long nl = null;
        try {
            long l = nl;
            System.out.println(l);
        } catch (NullPointerException e) {
            System.out.println("Long unboxing: " + e.getClass().getName());
        }
        Double nd = null;
        try {
            double d = nd * 2;
            System.out.println(d);
        } catch (NullPointerException e) {
            System.out.println("Double unboxing: " + e.getClass().getName());
        }
        Character nc = null;
        try {
            switch (nc) {
                case 'a': System.out.println("a"); break;
                default: System.out.println("other");
            }
        } catch (NullPointerException e) {
            System.out.println("switch unboxing: " + e.getClass().getName());
        }
        // comparing with == does not unbox two references
        Integer n1 = null, n2 = null;
        System.out.println("null == null boxes: " + (n1 == n2));
        System.out.println("done");
    }
}
