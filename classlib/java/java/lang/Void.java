package java.lang;

/** The uninstantiable placeholder for the keyword void. */
public final class Void {
    public static final Class<Void> TYPE = (Class<Void>) Class.getPrimitiveClass("void");

    private Void() {
    }
}
