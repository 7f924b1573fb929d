public class Main {
    public static void main(String[] args) {
        try {
            System.out.println(Child.hello());
        } catch (LinkageError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.println(Tagged.hello());
        } catch (LinkageError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.out.println(Opened.hello());
        } catch (LinkageError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("done");
    }
}
