/** Allocates and walks many short-lived binary trees while keeping one long-lived tree. */
public class BinaryTrees {
    static final class Node {
        final Node left;
        final Node right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int count() {
            return 1 + (left == null ? 0 : left.count() + right.count());
        }
    }

    static Node build(int depth) {
        return depth == 0 ? new Node(null, null) : new Node(build(depth - 1), build(depth - 1));
    }

    public static void main(String[] args) {
        int maxDepth = Math.max(6, args.length > 0 ? Integer.parseInt(args[0]) : 16);
        Node stretch = build(maxDepth + 1);
        System.out.println("stretch tree of depth " + (maxDepth + 1) + "\t check: " + stretch.count());
        Node longLived = build(maxDepth);
        for (int depth = 4; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + 4);
            long check = 0;
            for (int i = 0; i < iterations; i++) {
                check += build(depth).count();
            }
            if (check != (long) iterations * ((1L << (depth + 1)) - 1)) {
                throw new AssertionError("bad count at depth " + depth);
            }
            System.out.println(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.count());
    }
}
