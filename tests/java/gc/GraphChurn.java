// Builds large object graphs (trees, lists, rings) and drops them, over
// and over, in a small heap: the collector must reclaim them and keep the
// live ones intact while they move.
public class GraphChurn {
    static final class Node {
        Node left, right;
        final int value;

        Node(Node left, Node right, int value) {
            this.left = left;
            this.right = right;
            this.value = value;
        }
    }

    static Node tree(int depth, int value) {
        if (depth == 0) {
            return new Node(null, null, value);
        }
        return new Node(tree(depth - 1, 2 * value), tree(depth - 1, 2 * value + 1), value);
    }

    static long sum(Node n) {
        return n == null ? 0 : n.value + sum(n.left) + sum(n.right);
    }

    static Node ring(int size) {
        Node first = new Node(null, null, 0);
        Node at = first;
        for (int i = 1; i < size; i++) {
            at.right = new Node(at, null, i);
            at = at.right;
        }
        at.right = first;
        first.left = at;
        return first;
    }

    public static void main(String[] args) {
        Node keep = tree(9, 1);
        long keepSum = sum(keep);
        for (int round = 0; round < 6; round++) {
            Node t = tree(10, round);
            long s = sum(t);
            Node r = ring(1500);
            long ringSum = 0;
            Node at = r;
            do {
                ringSum += at.value;
                at = at.right;
            } while (at != r);
            int[][] grid = new int[64][];
            for (int i = 0; i < grid.length; i++) {
                grid[i] = new int[2000 + i];
                grid[i][i] = round + i;
            }
            long gridSum = 0;
            for (int i = 0; i < grid.length; i++) {
                gridSum += grid[i][i];
            }
            if (round % 2 == 0) {
                System.out.println("round " + round + ": tree " + s + ", ring " + ringSum + ", grid " + gridSum);
            }
        }
        System.out.println("kept tree intact: " + (sum(keep) == keepSum) + " (" + keepSum + ")");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append((char) ('a' + i % 26));
            if (sb.length() > 500) {
                sb = new StringBuilder(sb.substring(250));
            }
        }
        System.out.println("builder " + sb.length() + " " + sb.substring(0, 26));
    }
}
