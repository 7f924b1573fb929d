public class Gone {
    String name() {
        return "gone";
    }
}
