package java.util;

/**
 * Builds a sequence of strings separated by a delimiter, with an optional
 * prefix and suffix, and an optional text to use when nothing was added.
 */
public final class StringJoiner {

    private final String prefix;
    private final String delimiter;
    private final String suffix;
    /** The joined elements so far (without prefix and suffix); null until the first add. */
    private StringBuilder value;
    /** Text returned by toString() while nothing has been added; null means prefix + suffix. */
    private String emptyValue;

    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = prefix.toString();
        this.delimiter = delimiter.toString();
        this.suffix = suffix.toString();
        this.emptyValue = null;
    }

    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null").toString();
        return this;
    }

    public String toString() {
        if (value == null) {
            if (emptyValue != null) {
                return emptyValue;
            }
            return prefix.concat(suffix);
        }
        if (suffix.isEmpty()) {
            return prefix.concat(value.toString());
        }
        int len = value.length();
        String result = value.append(suffix).toString();
        value.setLength(len);
        return prefix.concat(result);
    }

    /** Appends {@code newElement} ("null" for null), preceded by the delimiter unless it is the first. */
    public StringJoiner add(CharSequence newElement) {
        String s = String.valueOf(newElement);
        if (value != null) {
            value.append(delimiter);
        } else {
            value = new StringBuilder();
        }
        value.append(s);
        return this;
    }

    /** Adds the contents of {@code other} (without its prefix and suffix) as one element, if it is non-empty. */
    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.value != null) {
            String s = other.value.toString();
            if (value != null) {
                value.append(delimiter);
            } else {
                value = new StringBuilder();
            }
            value.append(s);
        }
        return this;
    }

    /** Length of {@link #toString()}. */
    public int length() {
        if (value == null) {
            return emptyValue != null ? emptyValue.length() : prefix.length() + suffix.length();
        }
        return value.length() + prefix.length() + suffix.length();
    }
}
