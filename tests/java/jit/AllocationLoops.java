// Long-running loops that allocate, in compiled code (hot loops go on-stack
// replaced; -Xcomp compiles everything): under -XX:+GCStress every
// allocation collects, so every object the loops hold in locals, on the
// operand stack and in arrays is moved while compiled frames are live.
public class AllocationLoops {
    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static final class Pair {
        Object left;
        Object right;
    }

    static long list(int n) {
        Node head = null;
        for (int i = 0; i < n; i++) {
            head = new Node(i, head);
        }
        long sum = 0;
        for (Node p = head; p != null; p = p.next) {
            sum += p.value;
        }
        return sum;
    }

    static long arrays(int n) {
        int[][] rows = new int[16][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new int[1];
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int[] row = new int[i % 7 + 1];
            row[row.length - 1] = i;
            rows[i % rows.length] = row;
            long[] wide = new long[2];
            wide[1] = i;
            sum += wide[1] + rows[(i + 3) % rows.length].length;
        }
        for (int[] row : rows) {
            sum += row[row.length - 1];
        }
        return sum;
    }

    static String strings(int n) {
        String s = "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s = "x" + i;
            sb.append(s.charAt(s.length() - 1));
            if (sb.length() > 40) {
                sb.setLength(0);
            }
        }
        return s + " " + sb;
    }

    static int pairs(int n) {
        Pair root = new Pair();
        Pair cur = root;
        for (int i = 0; i < n; i++) {
            Pair p = new Pair();
            p.left = Integer.valueOf(i);
            p.right = new int[] {i, i + 1};
            cur.right = p;
            cur = p;
            if (i % 50 == 49) {
                cur = root; // drop the chain built so far
            }
        }
        int count = 0;
        for (Object o = root.right; o instanceof Pair; o = ((Pair) o).right) {
            count += (Integer) ((Pair) o).left;
        }
        return count;
    }

    static double boxed(int n) {
        Double acc = 0.0;
        for (int i = 0; i < n; i++) {
            acc = acc + Double.valueOf(i) / 2;
        }
        return acc;
    }

    static int multi(int n) {
        int total = 0;
        for (int i = 0; i < n; i++) {
            int[][] grid = new int[3][i % 4 + 1];
            grid[2][grid[2].length - 1] = i;
            Object[][] objs = new Object[2][2];
            objs[1][1] = grid;
            total += ((int[][]) objs[1][1])[2][i % 4];
        }
        return total;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        for (int round = 0; round < 3; round++) {
            System.out.println("list " + list(n));
            System.out.println("arrays " + arrays(n));
            System.out.println("strings " + strings(n));
            System.out.println("pairs " + pairs(n));
            System.out.println("boxed " + boxed(n));
            System.out.println("multi " + multi(n));
        }
    }
}
