public class Main {
    public static void main(String[] args) {
        Greeter g = new English();
        System.out.println(g.hello());
        try {
            System.out.println(g.goodbye());
        } catch (AbstractMethodError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        Base b = new Derived();
        try {
            System.out.println(b.describe());
        } catch (AbstractMethodError e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("done");
    }
}
