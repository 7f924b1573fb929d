package java.util;

/**
 * Marker interface for lists whose positional access is fast (constant
 * time); algorithms may use it to choose between index and iterator loops.
 */
public interface RandomAccess {
}
