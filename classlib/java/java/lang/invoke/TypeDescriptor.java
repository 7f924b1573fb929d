package java.lang.invoke;

/** A descriptor of a class or method type. */
public interface TypeDescriptor {
    String descriptorString();
}
