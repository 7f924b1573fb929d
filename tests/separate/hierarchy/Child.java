public class Child extends Parent {
    static String hello() {
        return "child";
    }
}
