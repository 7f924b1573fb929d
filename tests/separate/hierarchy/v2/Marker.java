public class Marker {
}
