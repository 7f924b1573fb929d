public class Main {
    public static void main(String[] args) throws Exception {
        System.out.println("main class from the manifest");
        System.out.println("lib says: " + lib.Greeter.greeting());
        try {
            Class.forName("lib.Missing");
        } catch (ClassNotFoundException e) {
            System.out.println("not found: " + e.getMessage());
        }
    }
}
