public class Tagged implements Marker {
    static String hello() {
        return "tagged";
    }
}
