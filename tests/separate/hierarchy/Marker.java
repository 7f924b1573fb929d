public interface Marker {
}
