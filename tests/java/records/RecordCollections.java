// Checks records as values in collections: HashSet/HashMap keys (equal
// records collapse), TreeMap with a record comparator, List.contains/indexOf,
// and the floating-point rules of record equals: components are compared
// like Float.compare/Double.compare, so a record with NaN equals itself and
// records with 0.0 and -0.0 differ, unlike the == operator.
import java.util.*;

public class RecordCollections {
    record Key(String name, int version) { }
    record D(double v) { }
    record F(float v) { }
    record Mixed(double d, float f, String s) { }
    record Cell(int row, int col) implements Comparable<Cell> {
        public int compareTo(Cell o) {
            return row != o.row ? Integer.compare(row, o.row) : Integer.compare(col, o.col);
        }
    }

    public static void main(String[] args) {
        Set<Key> set = new HashSet<>();
        System.out.println("add a1: " + set.add(new Key("a", 1)));
        System.out.println("add a1 again: " + set.add(new Key("a", 1)));
        System.out.println("add a2: " + set.add(new Key("a", 2)));
        System.out.println("add b1: " + set.add(new Key("b", 1)));
        System.out.println("add null-name: " + set.add(new Key(null, 0)) + " again: " + set.add(new Key(null, 0)));
        System.out.println("size: " + set.size() + " contains a2: " + set.contains(new Key("a", 2)) + " contains c9: " + set.contains(new Key("c", 9)));
        List<Key> sorted = new ArrayList<>(set);
        sorted.sort(Comparator.comparing((Key k) -> String.valueOf(k.name())).thenComparingInt(Key::version));
        System.out.println("sorted: " + sorted);

        Map<Key, String> map = new HashMap<>();
        map.put(new Key("x", 1), "first");
        map.put(new Key("x", 1), "second");
        map.put(new Key("y", 1), "third");
        System.out.println("map size: " + map.size() + " get x1: " + map.get(new Key("x", 1)) + " get y2: " + map.get(new Key("y", 2)));
        map.merge(new Key("y", 1), "!", String::concat);
        System.out.println("merged y1: " + map.get(new Key("y", 1)));

        Map<Cell, Integer> grid = new TreeMap<>();
        for (int r = 2; r >= 0; r--)
            for (int c = 1; c >= 0; c--) grid.put(new Cell(r, c), r * 10 + c);
        grid.put(new Cell(1, 1), 99);
        System.out.println("TreeMap: " + grid);
        List<Cell> cells = new ArrayList<>(grid.keySet());
        System.out.println("indexOf (1,0): " + cells.indexOf(new Cell(1, 0)) + " contains (5,5): " + cells.contains(new Cell(5, 5)));

        // floating point equality rules
        D nan1 = new D(Double.NaN);
        D nan2 = new D(0.0 / 0.0);
        D nan3 = new D(Double.longBitsToDouble(0x7ff8000000000001L));
        System.out.println("D(NaN) equals D(NaN): " + nan1.equals(nan2) + " (== on values: " + (nan1.v() == nan2.v()) + ")");
        System.out.println("D(NaN) equals D(other NaN bits): " + nan1.equals(nan3) + " hash equal: " + (nan1.hashCode() == nan3.hashCode()));
        D pz = new D(0.0), nz = new D(-0.0);
        System.out.println("D(0.0) equals D(-0.0): " + pz.equals(nz) + " (== on values: " + (pz.v() == nz.v()) + ") hashes: " + pz.hashCode() + " " + nz.hashCode());
        System.out.println("D(-0.0) toString: " + nz);
        F fn = new F(Float.NaN), fpz = new F(0.0f), fnz = new F(-0.0f);
        System.out.println("F(NaN) equals F(NaN): " + fn.equals(new F(Float.NaN)) + " F(0) equals F(-0): " + fpz.equals(fnz)
                + " hashes: " + fn.hashCode() + " " + fpz.hashCode() + " " + fnz.hashCode());
        Set<D> dset = new HashSet<>(List.of(nan1, pz));
        System.out.println("set contains NaN: " + dset.contains(nan2) + " contains -0.0: " + dset.contains(nz) + " add -0.0: " + dset.add(nz) + " size: " + dset.size());
        Mixed m1 = new Mixed(Double.NaN, -0.0f, "s");
        Mixed m2 = new Mixed(Double.NaN, -0.0f, "s");
        Mixed m3 = new Mixed(Double.NaN, 0.0f, "s");
        System.out.println("Mixed: " + m1 + " eq=" + m1.equals(m2) + " eqSignedZero=" + m1.equals(m3) + " hash=" + m1.hashCode());
        System.out.println("Double.equals agrees: " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.valueOf(0.0).equals(-0.0));

        // record in a list: remove uses equals
        List<Key> list = new ArrayList<>(List.of(new Key("a", 1), new Key("b", 2), new Key("a", 1)));
        list.remove(new Key("a", 1));
        System.out.println("after remove: " + list);
        Map<String, List<Key>> byName = new TreeMap<>();
        for (Key k : List.of(new Key("p", 1), new Key("q", 1), new Key("p", 2))) {
            byName.computeIfAbsent(k.name(), x -> new ArrayList<>()).add(k);
        }
        System.out.println("grouped: " + byName);
    }
}
