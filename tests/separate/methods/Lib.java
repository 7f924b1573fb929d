public class Lib {
    public static void gone() {
    }

    public void instanceMethod() {
    }

    public static void staticMethod() {
    }

    public int retyped() {
        return 1;
    }
}
