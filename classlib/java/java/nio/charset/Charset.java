package java.nio.charset;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A named mapping between chars and bytes. crema supports UTF-8, UTF-16,
 * UTF-16BE, UTF-16LE, ISO-8859-1 and US-ASCII (see
 * {@link StandardCharsets}); the default charset is UTF-8. The byte-buffer
 * coders (newDecoder/newEncoder) are not provided; Strings and the java.io
 * readers and writers do the coding.
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;
    private final String[] aliases;

    protected Charset(String canonicalName, String[] aliases) {
        checkName(canonicalName);
        String[] as = aliases == null ? new String[0] : aliases;
        for (String a : as) {
            checkName(a);
        }
        this.name = canonicalName;
        this.aliases = as;
    }

    private static void checkName(String name) {
        int n = name.length();
        if (n == 0) {
            throw new IllegalCharsetNameException(name);
        }
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || (i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.'));
            if (!ok) {
                throw new IllegalCharsetNameException(name);
            }
        }
    }

    /** The charset called {@code charsetName} (its canonical name or an alias, in any case). */
    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return cs;
    }

    private static Charset lookup(String charsetName) {
        if (charsetName == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        Charset cs = sun.nio.cs.StandardCharset.lookup(charsetName);
        if (cs == null) {
            checkName(charsetName);
        }
        return cs;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    /** UTF-8. */
    public static Charset defaultCharset() {
        return StandardCharsets.UTF_8;
    }

    public final String name() {
        return name;
    }

    public final Set<String> aliases() {
        return Collections.unmodifiableSet(new HashSet<String>(Arrays.asList(aliases)));
    }

    public String displayName() {
        return name;
    }

    public String displayName(Locale locale) {
        return name;
    }

    public final boolean isRegistered() {
        return !name.startsWith("X-") && !name.startsWith("x-");
    }

    /** Whether every char of {@code cs} can be represented in this charset. */
    public abstract boolean contains(Charset cs);

    public boolean canEncode() {
        return true;
    }

    @Override
    public final int compareTo(Charset that) {
        return name().compareToIgnoreCase(that.name());
    }

    @Override
    public final int hashCode() {
        return name().hashCode();
    }

    @Override
    public final boolean equals(Object ob) {
        if (this == ob) {
            return true;
        }
        return ob instanceof Charset && name.equals(((Charset) ob).name());
    }

    @Override
    public final String toString() {
        return name();
    }
}
