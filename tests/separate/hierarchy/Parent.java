public class Parent {
}
