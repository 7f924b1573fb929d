public class Sealed {
}
