public interface Greeter {
    String hello();

    String goodbye();
}
