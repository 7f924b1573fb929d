package java.util.regex;

import java.util.function.Function;

/**
 * Matches a {@link Pattern} against a character sequence: whole-input
 * matches, prefix matches, successive finds, groups, replacement and a
 * region to search in.
 */
public final class Matcher implements MatchResult {
    private Pattern parentPattern;
    private CharSequence text;

    /** Start and end of each group of the last match (-1 if it did not participate). */
    int[] groups;
    /** Per-node scratch slots (group starts, loop counters, lookaround ends). */
    int[] locals;

    /** The region searched. */
    int from;
    int to;
    int textLength;
    /** Start and end of the last match (first is -1 if there is none). */
    int first = -1;
    int last = 0;
    /** End of the previous match, for \G. */
    int oldLast = -1;
    private int lastAppendPosition = 0;

    boolean hitEnd;
    boolean requireEnd;
    /** Set by matches(): the match must end at the end of the region. */
    boolean requireEndAnchor;
    boolean transparentBounds = false;
    boolean anchoringBounds = true;

    Matcher(Pattern pattern, CharSequence text) {
        this.parentPattern = pattern;
        this.text = text;
        this.groups = new int[(pattern.groupCount + 1) * 2];
        this.locals = new int[pattern.localCount];
        reset();
    }

    public Pattern pattern() {
        return parentPattern;
    }

    public MatchResult toMatchResult() {
        return new Result(first < 0 ? null : text.toString(), groups.clone(), first, groupCount());
    }

    public Matcher usePattern(Pattern newPattern) {
        if (newPattern == null) {
            throw new IllegalArgumentException("Pattern cannot be null");
        }
        parentPattern = newPattern;
        groups = new int[(newPattern.groupCount + 1) * 2];
        locals = new int[newPattern.localCount];
        java.util.Arrays.fill(groups, -1);
        java.util.Arrays.fill(locals, -1);
        return this;
    }

    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        java.util.Arrays.fill(groups, -1);
        java.util.Arrays.fill(locals, -1);
        lastAppendPosition = 0;
        textLength = text.length();
        from = 0;
        to = textLength;
        return this;
    }

    public Matcher reset(CharSequence input) {
        text = input;
        return reset();
    }

    // ------------------------------------------------------------ results

    private void checkMatch() {
        if (first < 0) {
            throw new IllegalStateException("No match found");
        }
    }

    private void checkGroup(int group) {
        if (group < 0 || group > groupCount()) {
            throw new IndexOutOfBoundsException("No group " + group);
        }
    }

    public int start() {
        checkMatch();
        return first;
    }

    public int start(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2];
    }

    public int start(String name) {
        return groups[groupIndex(name) * 2];
    }

    public int end() {
        checkMatch();
        return last;
    }

    public int end(int group) {
        checkMatch();
        checkGroup(group);
        return groups[group * 2 + 1];
    }

    public int end(String name) {
        return groups[groupIndex(name) * 2 + 1];
    }

    public String group() {
        return group(0);
    }

    public String group(int group) {
        checkMatch();
        checkGroup(group);
        if (groups[group * 2] == -1 || groups[group * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[group * 2], groups[group * 2 + 1]).toString();
    }

    public String group(String name) {
        int g = groupIndex(name);
        if (groups[g * 2] == -1 || groups[g * 2 + 1] == -1) {
            return null;
        }
        return text.subSequence(groups[g * 2], groups[g * 2 + 1]).toString();
    }

    private int groupIndex(String name) {
        if (name == null) {
            throw new NullPointerException("Group name");
        }
        checkMatch();
        Integer g = parentPattern.namedGroups.get(name);
        if (g == null) {
            throw new IllegalArgumentException("No group with name <" + name + ">");
        }
        return g;
    }

    public int groupCount() {
        return parentPattern.groupCount;
    }

    // ------------------------------------------------------------ matching

    public boolean matches() {
        return match(from, true);
    }

    public boolean lookingAt() {
        return match(from, false);
    }

    public boolean find() {
        int next = last;
        if (next == first) {
            next++;
        }
        if (next < from) {
            next = from;
        }
        if (next > to) {
            java.util.Arrays.fill(groups, -1);
            first = -1;
            return false;
        }
        return search(next);
    }

    public boolean find(int start) {
        int limit = text.length();
        if (start < 0 || start > limit) {
            throw new IndexOutOfBoundsException("Illegal start index");
        }
        reset();
        return search(start);
    }

    /** Tries the pattern at each position from {@code start}. */
    private boolean search(int start) {
        hitEnd = false;
        requireEnd = false;
        requireEndAnchor = false;
        start = Math.max(start, 0);
        oldLast = oldLast < 0 ? start : oldLast;
        java.util.Arrays.fill(groups, -1);
        Node root = parentPattern.root;
        CharSequence s = text;
        int limit = to - parentPattern.minLength;
        for (int i = start; i <= limit; i++) {
            if (i > start && i < to && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
                continue;
            }
            first = i;
            if (root.match(this, i, s)) {
                first = groups[0];
                last = groups[1];
                oldLast = last;
                return true;
            }
        }
        hitEnd = true;
        first = -1;
        return false;
    }

    private boolean match(int start, boolean whole) {
        hitEnd = false;
        requireEnd = false;
        requireEndAnchor = whole;
        oldLast = oldLast < 0 ? start : oldLast;
        java.util.Arrays.fill(groups, -1);
        first = start;
        boolean r = parentPattern.root.match(this, start, text);
        requireEndAnchor = false;
        if (r) {
            first = groups[0];
            last = groups[1];
            oldLast = last;
            return true;
        }
        first = -1;
        return false;
    }

    public boolean hitEnd() {
        return hitEnd;
    }

    public boolean requireEnd() {
        return requireEnd;
    }

    // ------------------------------------------------------------ regions

    public Matcher region(int start, int end) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("start");
        }
        if (end < 0 || end > text.length()) {
            throw new IndexOutOfBoundsException("end");
        }
        if (start > end) {
            throw new IndexOutOfBoundsException("start > end");
        }
        reset();
        from = start;
        to = end;
        return this;
    }

    public int regionStart() {
        return from;
    }

    public int regionEnd() {
        return to;
    }

    public boolean hasTransparentBounds() {
        return transparentBounds;
    }

    public Matcher useTransparentBounds(boolean b) {
        transparentBounds = b;
        return this;
    }

    public boolean hasAnchoringBounds() {
        return anchoringBounds;
    }

    public Matcher useAnchoringBounds(boolean b) {
        anchoringBounds = b;
        return this;
    }

    // ------------------------------------------------------------ replacement

    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    public Matcher appendReplacement(StringBuffer sb, String replacement) {
        StringBuilder r = new StringBuilder();
        appendReplacement(r, replacement);
        sb.append(r);
        return this;
    }

    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        if (first < 0) {
            throw new IllegalStateException("No match available");
        }
        StringBuilder expanded = new StringBuilder();
        appendExpanded(expanded, replacement);
        sb.append(text, lastAppendPosition, first);
        sb.append(expanded);
        lastAppendPosition = last;
        return this;
    }

    /** Appends the replacement with its $n, ${name} and \x escapes expanded. */
    private void appendExpanded(StringBuilder sb, String replacement) {
        int n = replacement.length();
        int i = 0;
        while (i < n) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                i++;
                if (i == n) {
                    throw new IllegalArgumentException("character to be escaped is missing");
                }
                sb.append(replacement.charAt(i));
                i++;
            } else if (c == '$') {
                i++;
                if (i == n) {
                    throw new IllegalArgumentException("Illegal group reference: group index is missing");
                }
                int ref;
                char d = replacement.charAt(i);
                if (d == '{') {
                    i++;
                    int nameStart = i;
                    while (i < n && (CharPred.isAsciiLetter(replacement.charAt(i))
                            || (replacement.charAt(i) >= '0' && replacement.charAt(i) <= '9'))) {
                        i++;
                    }
                    if (i == nameStart) {
                        throw new IllegalArgumentException("named capturing group has 0 length name");
                    }
                    if (i == n || replacement.charAt(i) != '}') {
                        throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    }
                    String name = replacement.substring(nameStart, i);
                    if (name.charAt(0) >= '0' && name.charAt(0) <= '9') {
                        throw new IllegalArgumentException("capturing group name {" + name + "} starts with digit character");
                    }
                    Integer g = parentPattern.namedGroups.get(name);
                    if (g == null) {
                        throw new IllegalArgumentException("No group with name {" + name + "}");
                    }
                    ref = g;
                    i++;
                } else {
                    ref = d - '0';
                    if (ref < 0 || ref > 9) {
                        throw new IllegalArgumentException("Illegal group reference");
                    }
                    i++;
                    while (i < n) {
                        int digit = replacement.charAt(i) - '0';
                        if (digit < 0 || digit > 9) {
                            break;
                        }
                        int more = ref * 10 + digit;
                        if (more > groupCount()) {
                            break;
                        }
                        ref = more;
                        i++;
                    }
                }
                if (start(ref) != -1 && end(ref) != -1) {
                    sb.append(text, start(ref), end(ref));
                }
            } else {
                sb.append(c);
                i++;
            }
        }
    }

    public StringBuffer appendTail(StringBuffer sb) {
        sb.append(text, lastAppendPosition, textLength);
        return sb;
    }

    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text, lastAppendPosition, textLength);
        return sb;
    }

    public String replaceAll(String replacement) {
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacement);
        } while (find());
        return appendTail(sb).toString();
    }

    public String replaceAll(Function<MatchResult, String> replacer) {
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        do {
            appendReplacement(sb, replacer.apply(this));
        } while (find());
        return appendTail(sb).toString();
    }

    public String replaceFirst(String replacement) {
        if (replacement == null) {
            throw new NullPointerException("replacement");
        }
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        return appendTail(sb).toString();
    }

    public String replaceFirst(Function<MatchResult, String> replacer) {
        reset();
        if (!find()) {
            return text.toString();
        }
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacer.apply(this));
        return appendTail(sb).toString();
    }

    public String toString() {
        String lastMatch = (first >= 0 && group() != null) ? group() : "";
        return "java.util.regex.Matcher[pattern=" + pattern() + " region=" + regionStart() + "," + regionEnd()
                + " lastmatch=" + lastMatch + "]";
    }

    /** A snapshot of a match (toMatchResult). */
    private static final class Result implements MatchResult {
        private final String text;
        private final int[] groups;
        private final int first;
        private final int groupCount;

        Result(String text, int[] groups, int first, int groupCount) {
            this.text = text;
            this.groups = groups;
            this.first = first;
            this.groupCount = groupCount;
        }

        private void check(int group) {
            if (text == null) {
                throw new IllegalStateException("No match found");
            }
            if (group < 0 || group > groupCount) {
                throw new IndexOutOfBoundsException("No group " + group);
            }
        }

        public int start() {
            return start(0);
        }

        public int start(int group) {
            check(group);
            return groups[group * 2];
        }

        public int end() {
            return end(0);
        }

        public int end(int group) {
            check(group);
            return groups[group * 2 + 1];
        }

        public String group() {
            return group(0);
        }

        public String group(int group) {
            check(group);
            int s = groups[group * 2];
            return s < 0 ? null : text.substring(s, groups[group * 2 + 1]);
        }

        public int groupCount() {
            return groupCount;
        }
    }
}
