public class English implements Greeter {
    public String hello() {
        return "hello";
    }
}
