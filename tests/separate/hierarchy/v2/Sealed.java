public final class Sealed {
}
