public class Opened extends Sealed {
    static String hello() {
        return "opened";
    }
}
