package java.util.regex;

/**
 * A node of a compiled pattern. Nodes are linked through {@code next};
 * matching is backtracking by recursion: a node matches its own part at
 * position i and then asks the rest of the pattern ({@code next}) to
 * match; a false result makes the caller try its next alternative.
 */
abstract class Node {
    Node next;

    abstract boolean match(Matcher m, int i, CharSequence s);

    // ------------------------------------------------------------ ends

    /** The end of the whole pattern: records the match. */
    static final class Accept extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (m.requireEndAnchor && i != m.to) {
                return false;
            }
            m.last = i;
            m.groups[0] = m.first;
            m.groups[1] = i;
            return true;
        }
    }

    /** The end of a lookahead or atomic group body: records where it ended in local {@code slot}. */
    static final class Mark extends Node {
        final int slot;

        Mark(int slot) {
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            m.locals[slot] = i;
            return true;
        }
    }

    /** The end of a lookbehind body: it must end where the lookbehind started (local {@code slot}). */
    static final class BehindEnd extends Node {
        final int slot;

        BehindEnd(int slot) {
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.locals[slot];
        }
    }

    /** Does nothing (joins alternatives, or stands for an empty sequence). */
    static final class Empty extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return next.match(m, i, s);
        }
    }

    // ------------------------------------------------------------ characters

    /** One code point from a set. */
    static final class CharProperty extends Node {
        final CharPred pred;

        CharProperty(CharPred pred) {
            this.pred = pred;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                char c = s.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < m.to && Character.isLowSurrogate(s.charAt(i + 1))) {
                    return pred.is(Character.toCodePoint(c, s.charAt(i + 1))) && next.match(m, i + 2, s);
                }
                return pred.is(c) && next.match(m, i + 1, s);
            }
            m.hitEnd = true;
            return false;
        }
    }

    /** A literal sequence of chars. */
    static final class Slice extends Node {
        final char[] chars;
        final int ci;

        /** ci: 0 exact, 1 ASCII case-insensitive, 2 Unicode case-insensitive. */
        Slice(char[] chars, int ci) {
            this.chars = chars;
            this.ci = ci;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            char[] cs = chars;
            int n = cs.length;
            for (int k = 0; k < n; k++) {
                if (i + k >= m.to) {
                    m.hitEnd = true;
                    return false;
                }
                char c = s.charAt(i + k);
                char p = cs[k];
                if (c != p) {
                    if (ci == 0) {
                        return false;
                    }
                    if (ci == 1) {
                        if (!CharPred.isAsciiLetter(c) || (c | 0x20) != (p | 0x20) || !CharPred.isAsciiLetter(p)) {
                            return false;
                        }
                    } else if (Character.toLowerCase(Character.toUpperCase(c))
                            != Character.toLowerCase(Character.toUpperCase(p))) {
                        return false;
                    }
                }
            }
            return next.match(m, i + n, s);
        }
    }

    /** A quantifier over a one-character set. */
    static final class CharLoop extends Node {
        static final int GREEDY = 0;
        static final int LAZY = 1;
        static final int POSSESSIVE = 2;

        final CharPred pred;
        final int min;
        final int max;
        final int type;
        final boolean bmpOnly;

        CharLoop(CharPred pred, int min, int max, int type) {
            this.pred = pred;
            this.min = min;
            this.max = max;
            this.type = type;
            this.bmpOnly = !pred.mayBeSupplementary();
        }

        /** The index after one matching code point at i, or -1. */
        private int step(Matcher m, int i, CharSequence s) {
            if (i >= m.to) {
                m.hitEnd = true;
                return -1;
            }
            char c = s.charAt(i);
            if (!bmpOnly && Character.isHighSurrogate(c) && i + 1 < m.to && Character.isLowSurrogate(s.charAt(i + 1))) {
                return pred.is(Character.toCodePoint(c, s.charAt(i + 1))) ? i + 2 : -1;
            }
            return pred.is(c) ? i + 1 : -1;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int j = i;
            int n = 0;
            while (n < min) {
                j = step(m, j, s);
                if (j < 0) {
                    return false;
                }
                n++;
            }
            if (type == LAZY) {
                while (true) {
                    if (next.match(m, j, s)) {
                        return true;
                    }
                    if (n >= max) {
                        return false;
                    }
                    j = step(m, j, s);
                    if (j < 0) {
                        return false;
                    }
                    n++;
                }
            }
            int start = j;
            while (n < max) {
                int k = step(m, j, s);
                if (k < 0) {
                    break;
                }
                j = k;
                n++;
            }
            if (type == POSSESSIVE) {
                return next.match(m, j, s);
            }
            while (true) {
                if (next.match(m, j, s)) {
                    return true;
                }
                if (j == start) {
                    return false;
                }
                j--;
                if (!bmpOnly && j > start && Character.isLowSurrogate(s.charAt(j))
                        && Character.isHighSurrogate(s.charAt(j - 1))) {
                    j--;
                }
            }
        }
    }

    /** A back reference to a group. */
    static final class BackRef extends Node {
        final int group;
        final int ci;

        BackRef(int group, int ci) {
            this.group = group;
            this.ci = ci;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            if (2 * group + 1 >= m.groups.length) {
                return false;
            }
            int from = m.groups[2 * group];
            int to = m.groups[2 * group + 1];
            if (from < 0) {
                return false;
            }
            int len = to - from;
            if (i + len > m.to) {
                m.hitEnd = true;
                return false;
            }
            for (int k = 0; k < len; k++) {
                char a = s.charAt(from + k);
                char b = s.charAt(i + k);
                if (a != b) {
                    if (ci == 0) {
                        return false;
                    }
                    if (ci == 1) {
                        if (!CharPred.isAsciiLetter(a) || (a | 0x20) != (b | 0x20)) {
                            return false;
                        }
                    } else if (Character.toLowerCase(Character.toUpperCase(a))
                            != Character.toLowerCase(Character.toUpperCase(b))) {
                        return false;
                    }
                }
            }
            return next.match(m, i + len, s);
        }
    }

    /** \R: a line break (\r\n as one unit, or one vertical space). */
    static final class LineBreak extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            if (i < m.to) {
                char c = s.charAt(i);
                if (c == '\r' && i + 1 < m.to && s.charAt(i + 1) == '\n') {
                    return next.match(m, i + 2, s);
                }
                if (CharPred.VERTICAL_SPACE.is(c)) {
                    return next.match(m, i + 1, s);
                }
                return false;
            }
            m.hitEnd = true;
            return false;
        }
    }

    // ------------------------------------------------------------ groups

    /** Start of a capturing group: remembers the position in local {@code slot}. */
    static final class GroupHead extends Node {
        final int slot;

        GroupHead(int slot) {
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int saved = m.locals[slot];
            m.locals[slot] = i;
            boolean r = next.match(m, i, s);
            m.locals[slot] = saved;
            return r;
        }
    }

    /** End of a capturing group: records the group, undoing that if the rest fails. */
    static final class GroupTail extends Node {
        final int slot;
        final int group;

        GroupTail(int slot, int group) {
            this.slot = slot;
            this.group = group;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] g = m.groups;
            int oldStart = g[2 * group];
            int oldEnd = g[2 * group + 1];
            g[2 * group] = m.locals[slot];
            g[2 * group + 1] = i;
            if (next.match(m, i, s)) {
                return true;
            }
            g[2 * group] = oldStart;
            g[2 * group + 1] = oldEnd;
            return false;
        }
    }

    /** Alternatives; each ends in a node leading to this node's {@code next}. */
    static final class Branch extends Node {
        final Node[] alternatives;

        Branch(Node[] alternatives) {
            this.alternatives = alternatives;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            for (Node alt : alternatives) {
                if (alt.match(m, i, s)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A quantifier over a general body. The body's last node is a
     * {@link LoopTail} that comes back here for the next iteration; the
     * iteration count and the start of the current iteration live in
     * locals.
     */
    static final class Loop extends Node {
        Node body;
        final int min;
        final int max;
        final boolean lazy;
        final int countSlot;
        final int startSlot;

        Loop(int min, int max, boolean lazy, int countSlot, int startSlot) {
            this.min = min;
            this.max = max;
            this.lazy = lazy;
            this.countSlot = countSlot;
            this.startSlot = startSlot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] loc = m.locals;
            int savedCount = loc[countSlot];
            int savedStart = loc[startSlot];
            boolean r;
            if (min > 0) {
                loc[countSlot] = 0;
                loc[startSlot] = i;
                r = body.match(m, i, s);
            } else if (lazy) {
                r = next.match(m, i, s);
                if (!r && max > 0) {
                    loc[countSlot] = 0;
                    loc[startSlot] = i;
                    r = body.match(m, i, s);
                }
            } else {
                r = false;
                if (max > 0) {
                    loc[countSlot] = 0;
                    loc[startSlot] = i;
                    r = body.match(m, i, s);
                }
                if (!r) {
                    r = next.match(m, i, s);
                }
            }
            loc[countSlot] = savedCount;
            loc[startSlot] = savedStart;
            return r;
        }

        /** Called by the tail after one more iteration of the body ended at i. */
        boolean iterated(Matcher m, int i, CharSequence s) {
            int[] loc = m.locals;
            int count = loc[countSlot] + 1;
            int start = loc[startSlot];
            if (i == start) {
                // an empty iteration: looping again could not change anything
                return next.match(m, i, s);
            }
            if (count < min) {
                loc[countSlot] = count;
                loc[startSlot] = i;
                boolean r = body.match(m, i, s);
                loc[countSlot] = count - 1;
                loc[startSlot] = start;
                return r;
            }
            if (lazy) {
                if (next.match(m, i, s)) {
                    return true;
                }
                if (count < max) {
                    loc[countSlot] = count;
                    loc[startSlot] = i;
                    boolean r = body.match(m, i, s);
                    loc[countSlot] = count - 1;
                    loc[startSlot] = start;
                    return r;
                }
                return false;
            }
            if (count < max) {
                loc[countSlot] = count;
                loc[startSlot] = i;
                boolean r = body.match(m, i, s);
                loc[countSlot] = count - 1;
                loc[startSlot] = start;
                if (r) {
                    return true;
                }
            }
            return next.match(m, i, s);
        }
    }

    static final class LoopTail extends Node {
        final Loop loop;

        LoopTail(Loop loop) {
            this.loop = loop;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            return loop.iterated(m, i, s);
        }
    }

    /**
     * A quantifier over a fixed zero-width body: the body must match
     * {@code min} times; if more iterations are allowed, it is tried once
     * more (after the rest of the pattern, if lazy) for what it captures
     * inside. Unless possessive, the body's own group is not recorded by
     * that extra try and is restored if the quantifier fails.
     */
    static final class ZeroWidthLoop extends Node {
        final Node body;
        final int min;
        final boolean extra;
        final int type;
        final int group;

        ZeroWidthLoop(Node body, int min, boolean extra, int type, int group) {
            this.body = body;
            this.min = min;
            this.extra = extra;
            this.type = type;
            this.group = type == CharLoop.POSSESSIVE ? -1 : group;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int[] g = m.groups;
            int start = group >= 0 ? g[2 * group] : 0;
            int end = group >= 0 ? g[2 * group + 1] : 0;
            boolean r = true;
            for (int k = 0; k < min && r; k++) {
                r = body.match(m, i, s);
            }
            if (r) {
                if (type == CharLoop.LAZY) {
                    r = next.match(m, i, s);
                    if (!r && extra) {
                        body.match(m, i, s);
                    }
                } else {
                    if (extra) {
                        int s0 = group >= 0 ? g[2 * group] : 0;
                        int e0 = group >= 0 ? g[2 * group + 1] : 0;
                        body.match(m, i, s);
                        if (group >= 0) {
                            g[2 * group] = s0;
                            g[2 * group + 1] = e0;
                        }
                    }
                    r = next.match(m, i, s);
                }
            }
            if (!r && group >= 0) {
                g[2 * group] = start;
                g[2 * group + 1] = end;
            }
            return r;
        }
    }

    /** An atomic group (?>X), also used for possessive quantifiers over groups. */
    static final class Atomic extends Node {
        final Node body;
        final int slot;

        Atomic(Node body, int slot) {
            this.body = body;
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int saved = m.locals[slot];
            if (!body.match(m, i, s)) {
                m.locals[slot] = saved;
                return false;
            }
            int j = m.locals[slot];
            m.locals[slot] = saved;
            return next.match(m, j, s);
        }
    }

    /** Lookahead (?=X) or (?!X). */
    static final class Ahead extends Node {
        final Node cond;
        final boolean negative;

        Ahead(Node cond, boolean negative) {
            this.cond = cond;
            this.negative = negative;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int savedTo = m.to;
            boolean savedRequire = m.requireEndAnchor;
            m.requireEndAnchor = false;
            if (m.transparentBounds) {
                m.to = m.textLength;
            }
            boolean r;
            try {
                r = cond.match(m, i, s);
            } finally {
                m.to = savedTo;
                m.requireEndAnchor = savedRequire;
            }
            return (r != negative) && next.match(m, i, s);
        }
    }

    /** Lookbehind (?<=X) or (?<!X); X matches between lengths min and max. */
    static final class Behind extends Node {
        final Node cond;
        final boolean negative;
        final int min;
        final int max;
        final int slot;

        Behind(Node cond, boolean negative, int min, int max, int slot) {
            this.cond = cond;
            this.negative = negative;
            this.min = min;
            this.max = max;
            this.slot = slot;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int savedFrom = m.from;
            int savedTo = m.to;
            boolean savedRequire = m.requireEndAnchor;
            int saved = m.locals[slot];
            int lowest = m.transparentBounds ? 0 : m.from;
            int limit = (max == Integer.MAX_VALUE || i - max < lowest) ? lowest : i - max;
            boolean found = false;
            m.requireEndAnchor = false;
            m.locals[slot] = i;
            if (m.transparentBounds) {
                m.from = 0;
                m.to = m.textLength;
            }
            try {
                for (int j = i - min; j >= limit; j--) {
                    if (cond.match(m, j, s)) {
                        found = true;
                        break;
                    }
                }
            } finally {
                m.from = savedFrom;
                m.to = savedTo;
                m.requireEndAnchor = savedRequire;
                m.locals[slot] = saved;
            }
            return (found != negative) && next.match(m, i, s);
        }
    }

    // ------------------------------------------------------------ anchors

    /** ^ (without MULTILINE) and \A: the beginning of the input (or region). */
    static final class Begin extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.anchoringBounds ? m.from : 0;
            return i == start && next.match(m, i, s);
        }
    }

    /** \z: the end of the input (or region). */
    static final class End extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            int end = m.anchoringBounds ? m.to : m.textLength;
            if (i == end) {
                m.hitEnd = true;
                return next.match(m, i, s);
            }
            return false;
        }
    }

    /** ^ with MULTILINE: the beginning of the input or of a line. */
    static final class Caret extends Node {
        final boolean unixLines;

        Caret(boolean unixLines) {
            this.unixLines = unixLines;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.anchoringBounds ? m.from : 0;
            int end = m.anchoringBounds ? m.to : m.textLength;
            if (i == end) {
                // not after a final line terminator
                m.hitEnd = true;
                return false;
            }
            if (i > start) {
                char c = s.charAt(i - 1);
                if (unixLines) {
                    if (c != '\n') {
                        return false;
                    }
                } else {
                    if (c != '\n' && c != '\r' && (c | 1) != '\u2029' && c != '\u0085') {
                        return false;
                    }
                    if (c == '\r' && s.charAt(i) == '\n') {
                        return false;
                    }
                }
            }
            return next.match(m, i, s);
        }
    }

    /** $ and \Z: the end of the input or before a final line terminator; with MULTILINE, before any. */
    static final class Dollar extends Node {
        final boolean multiline;
        final boolean unixLines;

        Dollar(boolean multiline, boolean unixLines) {
            this.multiline = multiline;
            this.unixLines = unixLines;
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int end = m.anchoringBounds ? m.to : m.textLength;
            if (i < end) {
                char c = s.charAt(i);
                if (unixLines) {
                    if (c != '\n') {
                        return false;
                    }
                    if (multiline) {
                        return next.match(m, i, s);
                    }
                    if (i != end - 1) {
                        return false;
                    }
                } else {
                    boolean terminator;
                    if (c == '\n') {
                        // not between \r and \n
                        if (i > 0 && s.charAt(i - 1) == '\r') {
                            return false;
                        }
                        terminator = true;
                    } else {
                        terminator = c == '\r' || c == '\u0085' || (c | 1) == '\u2029';
                    }
                    if (!terminator) {
                        return false;
                    }
                    if (multiline) {
                        return next.match(m, i, s);
                    }
                    // only the last line terminator (\r\n counting as one)
                    if (c == '\r' && i + 1 < end && s.charAt(i + 1) == '\n') {
                        if (i + 2 != end) {
                            return false;
                        }
                    } else if (i + 1 != end) {
                        return false;
                    }
                }
            }
            m.hitEnd = true;
            return next.match(m, i, s);
        }
    }

    /** \b or \B. */
    static final class Bound extends Node {
        final boolean negated;

        Bound(boolean negated) {
            this.negated = negated;
        }

        private static boolean isWord(int c) {
            return c == '_' || Character.isLetterOrDigit(c);
        }

        boolean match(Matcher m, int i, CharSequence s) {
            int start = m.transparentBounds ? 0 : m.from;
            int end = m.transparentBounds ? m.textLength : m.to;
            boolean left = i > start && isWord(Character.codePointBefore(s, i));
            boolean right = false;
            if (i < end) {
                right = isWord(Character.codePointAt(s, i));
            } else {
                m.hitEnd = true;
            }
            return ((left != right) != negated) && next.match(m, i, s);
        }
    }

    /** \G: where the previous match ended. */
    static final class LastMatchEnd extends Node {
        boolean match(Matcher m, int i, CharSequence s) {
            return i == m.oldLast && next.match(m, i, s);
        }
    }
}
