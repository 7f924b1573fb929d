package java.lang.reflect;

/** A member of a class: a field, a method or a constructor. */
public interface Member {
    /** Identifies the set of all public members of a class. */
    int PUBLIC = 0;
    /** Identifies the set of declared members of a class. */
    int DECLARED = 1;

    Class<?> getDeclaringClass();

    String getName();

    int getModifiers();

    boolean isSynthetic();
}
