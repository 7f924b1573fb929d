import java.util.Arrays;

public class ObjectArrays {
    static class Item {
        final String name;
        final int qty;

        Item(String name, int qty) {
            this.name = name;
            this.qty = qty;
        }

        public String toString() {
            return name + "x" + qty;
        }
    }

    public static void main(String[] args) {
        Item[][] shelves = new Item[3][];
        shelves[0] = new Item[] {new Item("apple", 3), new Item("pear", 1)};
        shelves[1] = new Item[0];
        shelves[2] = new Item[] {new Item("plum", 12), null, new Item("fig", 4)};
        System.out.println(Arrays.deepToString(shelves));
        int total = 0;
        for (Item[] shelf : shelves) {
            for (Item it : shelf) {
                if (it != null) total += it.qty;
            }
        }
        System.out.println("total quantity " + total);
        Object[] things = new Object[5];
        things[0] = "text";
        things[1] = 42;
        things[2] = new int[] {1, 2};
        things[3] = shelves[0];
        things[4] = things;
        for (Object t : things) {
            String desc;
            if (t instanceof String) desc = "String " + t;
            else if (t instanceof Integer) desc = "Integer " + t;
            else if (t instanceof int[]) desc = "int[] " + Arrays.toString((int[]) t);
            else if (t instanceof Item[]) desc = "Item[] " + Arrays.toString((Item[]) t);
            else if (t instanceof Object[]) desc = "Object[] of length " + ((Object[]) t).length;
            else desc = "?";
            System.out.println(desc);
        }
        // array of arrays of strings built dynamically
        String[][] table = new String[4][];
        for (int i = 0; i < table.length; i++) {
            table[i] = new String[i + 1];
            for (int j = 0; j <= i; j++) {
                table[i][j] = "" + (char) ('a' + i) + j;
            }
        }
        for (String[] row : table) System.out.println(String.join(" ", row));
        // reference semantics
        Item[] copy = shelves[0].clone();
        copy[0] = new Item("banana", 9);
        System.out.println(shelves[0][0] + " " + copy[0] + " " + (shelves[0][1] == copy[1]));
        // Object[] holding boxed primitives
        Object[] boxes = {1, 2L, 3.0f, 4.0, 'c', (byte) 5, (short) 6, true, null};
        StringBuilder sb = new StringBuilder();
        for (Object b : boxes) sb.append(b == null ? "null" : b.getClass().getSimpleName()).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(Arrays.toString(boxes));
        // varargs creates arrays
        System.out.println(count() + " " + count("a") + " " + count("a", "b", "c") + " " + count((Object[]) new String[4]));
    }

    static int count(Object... xs) {
        return xs.length;
    }
}
