public interface Greeter {
    String hello();
}
