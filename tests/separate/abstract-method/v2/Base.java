public abstract class Base {
    public abstract String describe();
}
