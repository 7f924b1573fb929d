public class Holder extends Gone {
    static void touch() {
        System.out.println("touched");
    }
}
