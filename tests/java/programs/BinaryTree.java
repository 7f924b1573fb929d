import java.util.ArrayList;
import java.util.List;

public class BinaryTree {
    static class Node {
        int key;
        String value;
        Node left, right;

        Node(int key, String value) {
            this.key = key;
            this.value = value;
        }
    }

    static class BST {
        Node root;
        int size;

        void put(int key, String value) {
            root = put(root, key, value);
        }

        private Node put(Node n, int key, String value) {
            if (n == null) {
                size++;
                return new Node(key, value);
            }
            if (key < n.key) n.left = put(n.left, key, value);
            else if (key > n.key) n.right = put(n.right, key, value);
            else n.value = value;
            return n;
        }

        String get(int key) {
            Node n = root;
            while (n != null) {
                if (key < n.key) n = n.left;
                else if (key > n.key) n = n.right;
                else return n.value;
            }
            return null;
        }

        void delete(int key) {
            root = delete(root, key);
        }

        private Node delete(Node n, int key) {
            if (n == null) return null;
            if (key < n.key) n.left = delete(n.left, key);
            else if (key > n.key) n.right = delete(n.right, key);
            else {
                size--;
                if (n.left == null) return n.right;
                if (n.right == null) return n.left;
                Node m = n.right;
                while (m.left != null) m = m.left;
                n.key = m.key;
                n.value = m.value;
                size++;
                n.right = delete(n.right, m.key);
            }
            return n;
        }

        int height(Node n) {
            return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right));
        }

        void inorder(Node n, List<Integer> out) {
            if (n == null) return;
            inorder(n.left, out);
            out.add(n.key);
            inorder(n.right, out);
        }

        void preorder(Node n, StringBuilder sb) {
            if (n == null) return;
            sb.append(n.key).append(' ');
            preorder(n.left, sb);
            preorder(n.right, sb);
        }

        void postorder(Node n, StringBuilder sb) {
            if (n == null) return;
            postorder(n.left, sb);
            postorder(n.right, sb);
            sb.append(n.key).append(' ');
        }

        String levelOrder() {
            StringBuilder sb = new StringBuilder();
            List<Node> level = new ArrayList<>();
            if (root != null) level.add(root);
            while (!level.isEmpty()) {
                List<Node> next = new ArrayList<>();
                for (Node n : level) {
                    sb.append(n.key).append(' ');
                    if (n.left != null) next.add(n.left);
                    if (n.right != null) next.add(n.right);
                }
                sb.append("| ");
                level = next;
            }
            return sb.toString().trim();
        }

        void draw(Node n, String indent, StringBuilder sb) {
            if (n == null) return;
            draw(n.right, indent + "    ", sb);
            sb.append(indent).append(n.key).append('\n');
            draw(n.left, indent + "    ", sb);
        }
    }

    public static void main(String[] args) {
        BST t = new BST();
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 75, 85, 30};
        for (int k : keys) t.put(k, "v" + k);
        List<Integer> in = new ArrayList<>();
        t.inorder(t.root, in);
        System.out.println("inorder " + in + " size " + t.size + " height " + t.height(t.root));
        StringBuilder pre = new StringBuilder(), post = new StringBuilder();
        t.preorder(t.root, pre);
        t.postorder(t.root, post);
        System.out.println("preorder " + pre.toString().trim());
        System.out.println("postorder " + post.toString().trim());
        System.out.println("levels " + t.levelOrder());
        StringBuilder drawing = new StringBuilder();
        t.draw(t.root, "", drawing);
        System.out.print(drawing);
        System.out.println("get 45 " + t.get(45) + ", get 99 " + t.get(99));
        t.delete(30);
        t.delete(50);
        t.delete(10);
        t.delete(999);
        in.clear();
        t.inorder(t.root, in);
        System.out.println("after deletes " + in + " size " + t.size + " root " + t.root.key + " levels " + t.levelOrder());
        // degenerate tree from sorted input vs random input
        BST sorted = new BST();
        for (int i = 0; i < 200; i++) sorted.put(i, null);
        BST random = new BST();
        java.util.Random rnd = new java.util.Random(99);
        for (int i = 0; i < 200; i++) random.put(rnd.nextInt(1000), null);
        System.out.println("sorted height " + sorted.height(sorted.root) + ", random height " + random.height(random.root) + " size " + random.size);
    }
}
