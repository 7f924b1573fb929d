package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.function.Predicate;

/**
 * A compiled regular expression, in the syntax of the Java SE API
 * (character classes with unions and intersections, predefined and
 * Unicode classes, greedy/lazy/possessive quantifiers, capturing, named
 * and non-capturing groups, lookaround, atomic groups, back references,
 * anchors and inline flags). Matching is done by {@link Matcher}.
 */
public final class Pattern implements java.io.Serializable {
    public static final int UNIX_LINES = 0x01;
    public static final int CASE_INSENSITIVE = 0x02;
    public static final int COMMENTS = 0x04;
    public static final int MULTILINE = 0x08;
    public static final int LITERAL = 0x10;
    public static final int DOTALL = 0x20;
    public static final int UNICODE_CASE = 0x40;
    public static final int CANON_EQ = 0x80;
    public static final int UNICODE_CHARACTER_CLASS = 0x100;

    private static final int ALL_FLAGS = 0x1FF;

    private final String pattern;
    private final int flags;
    /** The first node; the pattern ends in an Accept node. */
    final transient Node root;
    /** Number of capturing groups (group 0 not counted). */
    final transient int groupCount;
    /** Number of int slots the nodes keep per matcher. */
    final transient int localCount;
    /** The minimum length of a match. */
    final transient int minLength;
    final transient HashMap<String, Integer> namedGroups;

    private Pattern(String regex, int flags) {
        if ((flags & ~ALL_FLAGS) != 0) {
            throw new IllegalArgumentException("Unknown flag 0x" + Integer.toHexString(flags));
        }
        this.pattern = regex;
        this.flags = flags;
        RegexParser parser = new RegexParser(regex, flags);
        RegexParser.Frag f = parser.parse();
        this.root = f.head;
        this.groupCount = parser.groupCount;
        this.localCount = parser.localCount;
        this.minLength = f.min;
        this.namedGroups = parser.names;
    }

    public static Pattern compile(String regex) {
        return new Pattern(regex, 0);
    }

    public static Pattern compile(String regex, int flags) {
        return new Pattern(regex, flags);
    }

    public String pattern() {
        return pattern;
    }

    public String toString() {
        return pattern;
    }

    public int flags() {
        return flags;
    }

    public Matcher matcher(CharSequence input) {
        return new Matcher(this, input);
    }

    public static boolean matches(String regex, CharSequence input) {
        return compile(regex).matcher(input).matches();
    }

    public Predicate<String> asPredicate() {
        return s -> matcher(s).find();
    }

    public Predicate<String> asMatchPredicate() {
        return s -> matcher(s).matches();
    }

    public String[] split(CharSequence input) {
        return split(input, 0);
    }

    /**
     * The pieces of input around the matches: at most {@code limit} of
     * them if limit > 0; trailing empty pieces removed if limit is 0. A
     * zero-width match at the start produces no leading empty piece.
     */
    public String[] split(CharSequence input, int limit) {
        ArrayList<String> pieces = new ArrayList<>();
        Matcher m = matcher(input);
        int index = 0;
        boolean limited = limit > 0;
        while (m.find()) {
            if (limited && pieces.size() >= limit - 1) {
                break;
            }
            if (index == 0 && m.start() == 0 && m.end() == 0) {
                continue;
            }
            pieces.add(input.subSequence(index, m.start()).toString());
            index = m.end();
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        pieces.add(input.subSequence(index, input.length()).toString());
        int size = pieces.size();
        if (limit == 0) {
            while (size > 0 && pieces.get(size - 1).isEmpty()) {
                size--;
            }
        }
        String[] result = new String[size];
        for (int i = 0; i < size; i++) {
            result[i] = pieces.get(i);
        }
        return result;
    }

    /** A pattern matching s literally. */
    public static String quote(String s) {
        int e = s.indexOf("\\E");
        if (e < 0) {
            return "\\Q" + s + "\\E";
        }
        StringBuilder sb = new StringBuilder(s.length() * 2);
        sb.append("\\Q");
        int from = 0;
        while (e >= 0) {
            sb.append(s, from, e).append("\\E\\\\E\\Q");
            from = e + 2;
            e = s.indexOf("\\E", from);
        }
        return sb.append(s, from, s.length()).append("\\E").toString();
    }
}
