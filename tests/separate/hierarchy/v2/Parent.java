public interface Parent {
}
