package java.lang;

/** A readable sequence of char values. */
public interface CharSequence {
    int length();

    char charAt(int index);

    CharSequence subSequence(int start, int end);

    String toString();

    default boolean isEmpty() {
        return length() == 0;
    }

    static int compare(CharSequence cs1, CharSequence cs2) {
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }

    /** The chars of this sequence, zero-extended to ints. */
    default java.util.stream.IntStream chars() {
        return jdk.internal.stream.IntPipeline.chars(this);
    }

    /** The code points of this sequence; unpaired surrogates are passed through as they are. */
    default java.util.stream.IntStream codePoints() {
        return jdk.internal.stream.IntPipeline.codePoints(this);
    }
}
