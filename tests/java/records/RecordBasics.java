// Checks the generated toString/equals/hashCode of records (built by the
// ObjectMethods bootstrap through invokedynamic) for components of every
// primitive type, String, null, nested records, boxed values and arrays
// (arrays compare by identity; their toString/hashCode are never printed),
// plus accessors and the empty record.
import java.util.*;

public class RecordBasics {
    record Empty() { }
    record Prims(int i, long l, float f, double d, boolean z, char c, byte b, short s) { }
    record Named(String name, Integer boxed) { }
    record Pair(Object first, Object second) { }
    record Line(Point from, Point to) { }
    record Point(int x, int y) { }
    record WithArray(String label, int[] data) { }
    record Single(long value) { }

    static void show(String label, Object a, Object b) {
        System.out.println(label + ": a=" + a + " b=" + b + " equals=" + a.equals(b) + " sameHash=" + (a.hashCode() == b.hashCode()));
    }

    public static void main(String[] args) {
        Empty e1 = new Empty(), e2 = new Empty();
        System.out.println("Empty: " + e1 + " equals=" + e1.equals(e2) + " hash=" + e1.hashCode());

        Prims p = new Prims(-5, 1L << 40, 1.5f, -0.25, true, 'Z', (byte) -128, (short) 32767);
        System.out.println(p);
        System.out.println("hash: " + p.hashCode());
        System.out.println("accessors: " + p.i() + " " + p.l() + " " + p.f() + " " + p.d() + " " + p.z() + " " + p.c() + " " + p.b() + " " + p.s());
        Prims same = new Prims(-5, 1L << 40, 1.5f, -0.25, true, 'Z', (byte) -128, (short) 32767);
        show("Prims same", p, same);
        show("Prims diff char", p, new Prims(-5, 1L << 40, 1.5f, -0.25, true, 'Y', (byte) -128, (short) 32767));
        show("Prims diff bool", p, new Prims(-5, 1L << 40, 1.5f, -0.25, false, 'Z', (byte) -128, (short) 32767));
        Prims zero = new Prims(0, 0, 0, 0, false, '\0', (byte) 0, (short) 0);
        System.out.println("zero: " + zero.toString().replace('\0', '0') + " hash=" + zero.hashCode());
        Prims special = new Prims(Integer.MIN_VALUE, Long.MIN_VALUE, Float.NaN, Double.POSITIVE_INFINITY, false, '\u00e9', (byte) 1, (short) -1);
        System.out.println("special: " + special + " hash=" + special.hashCode());

        Named n1 = new Named("alice", 42);
        Named n2 = new Named("alice", 42);
        Named nNull = new Named(null, null);
        show("Named", n1, n2);
        System.out.println("Named hash=" + n1.hashCode() + " expected=" + (31 * "alice".hashCode() + Integer.valueOf(42).hashCode()));
        System.out.println("null components: " + nNull + " hash=" + nNull.hashCode() + " equals self=" + nNull.equals(new Named(null, null))
                + " equals other=" + nNull.equals(n1) + " other equals null-rec=" + n1.equals(nNull));
        System.out.println("equals(null)=" + n1.equals(null) + " equals(String)=" + n1.equals("Named[name=alice, boxed=42]"));
        System.out.println("boxed 1000 equal by value: " + new Named("x", 1000).equals(new Named("x", 1000)));

        Pair pair = new Pair(new Point(1, 2), List.of("a", "b"));
        System.out.println(pair + " hash=" + pair.hashCode());
        show("Pair Integer vs Long", new Pair(1, 2), new Pair(1L, 2));
        Line line = new Line(new Point(0, 0), new Point(3, 4));
        System.out.println(line + " hash=" + line.hashCode());
        show("Line", line, new Line(new Point(0, 0), new Point(3, 4)));
        show("Line diff", line, new Line(new Point(0, 0), new Point(4, 3)));
        Line nullLine = new Line(null, new Point(1, 1));
        System.out.println("nullLine: " + nullLine + " hash=" + nullLine.hashCode());
        Point pt = new Point(3, 4);
        System.out.println("Point hash=" + pt.hashCode() + " expected=" + (31 * 3 + 4));
        System.out.println("Single hash=" + new Single(0x1_0000_0001L).hashCode() + " Long.hashCode=" + Long.hashCode(0x1_0000_0001L));

        int[] data = {1, 2, 3};
        WithArray w1 = new WithArray("arr", data);
        WithArray w2 = new WithArray("arr", data);
        WithArray w3 = new WithArray("arr", new int[] {1, 2, 3});
        System.out.println("array same ref equals=" + w1.equals(w2) + " sameHash=" + (w1.hashCode() == w2.hashCode()));
        System.out.println("array equal contents equals=" + w1.equals(w3));
        System.out.println("array accessor returns same array: " + (w1.data() == data) + " " + Arrays.toString(w1.data()));
        System.out.println("toString starts with: " + w1.toString().startsWith("WithArray[label=arr, data=[I@"));
        WithArray wNull = new WithArray(null, null);
        System.out.println("null array: " + wNull + " hash=" + wNull.hashCode());

        // records are final and their components are private final fields, accessible via accessors
        Record r = pt;
        System.out.println("as Record: " + r + " simpleName=" + r.getClass().getSimpleName() + " name=" + r.getClass().getName());
        System.out.println("superclass: " + r.getClass().getSuperclass().getName());
        Object o = new Point(3, 4);
        System.out.println("equals across static types: " + o.equals(pt) + " " + pt.equals(o));
        System.out.println("not equal to a different record with same values: " + new Point(1, 2).equals(new Pair(1, 2)));
    }
}
