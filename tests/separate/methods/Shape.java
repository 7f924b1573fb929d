public class Shape {
    public String name() {
        return "shape";
    }
}
