public class HeapExhaustionUncaught {
    public static void main(String[] args) {
        System.out.println("allocating");
        Object[] chain = null;
        while (true) {
            Object[] next = new Object[100000];
            next[0] = chain;
            chain = next;
        }
    }
}
