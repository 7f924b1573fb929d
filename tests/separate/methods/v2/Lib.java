public class Lib {
    public static void instanceMethod() {
    }

    public void staticMethod() {
    }

    public long retyped() {
        return 1;
    }
}
