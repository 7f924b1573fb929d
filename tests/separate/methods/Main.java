public class Main {
    static void report(Throwable e) {
        System.out.println(e.getClass().getName() + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        try {
            Lib.gone();
        } catch (LinkageError e) {
            report(e);
        }
        try {
            new Lib().instanceMethod();
        } catch (LinkageError e) {
            report(e);
        }
        try {
            Lib.staticMethod();
        } catch (LinkageError e) {
            report(e);
        }
        try {
            System.out.println(new Lib().retyped());
        } catch (LinkageError e) {
            report(e);
        }
        try {
            Shape s = new Shape();
            System.out.println(s.name());
        } catch (LinkageError e) {
            report(e);
        }
        System.out.println("done");
    }
}
