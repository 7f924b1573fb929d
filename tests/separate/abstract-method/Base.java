public abstract class Base {
    public String describe() {
        return "base";
    }
}
