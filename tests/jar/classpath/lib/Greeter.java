package lib;

public class Greeter {
    public static String greeting() {
        return "hi from lib.jar";
    }
}
