public class MainClassInitFails {
    static int value = compute();

    static int compute() {
        System.out.println("initializing");
        throw new IllegalStateException("no value");
    }

    public static void main(String[] args) {
        System.out.println("main ran");
    }
}
