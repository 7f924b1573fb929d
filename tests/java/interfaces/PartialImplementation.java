public class PartialImplementation {
    interface Stack {
        void push(int v);

        int pop();

        int peek();

        boolean isEmpty();

        default int size() {
            int count = 0;
            // default computed via a copy for demonstration
            Stack tmp = copy();
            while (!tmp.isEmpty()) {
                tmp.pop();
                count++;
            }
            return count;
        }

        Stack copy();

        default String dump() {
            StringBuilder sb = new StringBuilder("[");
            Stack tmp = copy();
            while (!tmp.isEmpty()) {
                sb.append(tmp.pop());
                if (!tmp.isEmpty()) sb.append(", ");
            }
            return sb.append("]").toString();
        }
    }

    static abstract class AbstractStack implements Stack {
        public int peek() {
            int v = pop();
            push(v);
            return v;
        }

        public String toString() {
            return getClass().getSimpleName() + dump();
        }
    }

    static class ArrayStack extends AbstractStack {
        private int[] data = new int[4];
        private int top;

        public void push(int v) {
            if (top == data.length) {
                int[] bigger = new int[data.length * 2];
                System.arraycopy(data, 0, bigger, 0, top);
                data = bigger;
            }
            data[top++] = v;
        }

        public int pop() {
            if (top == 0) throw new IllegalStateException("empty stack");
            return data[--top];
        }

        public boolean isEmpty() {
            return top == 0;
        }

        public Stack copy() {
            ArrayStack s = new ArrayStack();
            for (int i = 0; i < top; i++) s.push(data[i]);
            return s;
        }

        public int size() {
            return top;
        }
    }

    static class LinkedStack extends AbstractStack {
        private static class Node {
            final int v;
            final Node next;

            Node(int v, Node next) {
                this.v = v;
                this.next = next;
            }
        }

        private Node head;

        public void push(int v) {
            head = new Node(v, head);
        }

        public int pop() {
            if (head == null) throw new IllegalStateException("empty linked stack");
            int v = head.v;
            head = head.next;
            return v;
        }

        public boolean isEmpty() {
            return head == null;
        }

        public Stack copy() {
            LinkedStack rev = new LinkedStack();
            for (Node n = head; n != null; n = n.next) rev.push(n.v);
            LinkedStack s = new LinkedStack();
            while (!rev.isEmpty()) s.push(rev.pop());
            return s;
        }
    }

    static void exercise(Stack s) {
        for (int i = 1; i <= 6; i++) s.push(i * 11);
        System.out.println(s + " size=" + s.size() + " peek=" + s.peek());
        s.pop();
        s.pop();
        System.out.println(s + " size=" + s.size() + " peek=" + s.peek());
        while (!s.isEmpty()) s.pop();
        try {
            s.pop();
        } catch (IllegalStateException e) {
            System.out.println("error: " + e.getMessage());
        }
        System.out.println(s + " size=" + s.size());
    }

    public static void main(String[] args) {
        exercise(new ArrayStack());
        exercise(new LinkedStack());
    }
}
