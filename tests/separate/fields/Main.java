public class Main {
    static void report(Throwable e) {
        System.out.println(e.getClass().getName() + ": " + e.getMessage());
    }

    public static void main(String[] args) {
        try {
            System.out.println(Lib.counter);
        } catch (LinkageError e) {
            report(e);
        }
        Lib lib = new Lib();
        try {
            System.out.println(lib.size);
        } catch (LinkageError e) {
            report(e);
        }
        try {
            System.out.println(Lib.label);
        } catch (LinkageError e) {
            report(e);
        }
        try {
            System.out.println(lib.wide);
        } catch (LinkageError e) {
            report(e);
        }
        System.out.println("done");
    }
}
