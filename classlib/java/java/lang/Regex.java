package java.lang;

/**
 * A small backtracking regular-expression engine behind String.matches,
 * split, replaceAll and replaceFirst. It supports literals and escapes,
 * '.', character classes with ranges and negation, the predefined classes
 * \d \D \s \S \w \W, anchors ^ $ and \b, groups (capturing and (?:...)),
 * alternation, and the quantifiers * + ? {n} {n,} {n,m} (greedy or lazy;
 * possessive ones act greedy), and \Q...\E quoting.
 */
final class Regex {
    private static final int CHAR = 0;
    private static final int ANY = 1;
    private static final int CLASS = 2;
    private static final int GROUP = 3;
    private static final int BEGIN = 4;
    private static final int END = 5;
    private static final int WORD_BOUNDARY = 6;
    private static final int BACKREF = 7;

    /** One element of a sequence, with its quantifier. */
    private static final class Node {
        int type;
        char ch;
        /** For CLASS: pairs of inclusive ranges. */
        char[] ranges;
        boolean negated;
        /** For GROUP: the alternatives. */
        Node[][] alternatives;
        int group = -1;
        int min = 1;
        int max = 1;
        boolean greedy = true;
    }

    /** A compiled pattern. */
    private static final class Pattern {
        final String source;
        final Node[] nodes;
        final int groups;

        Pattern(String source, Node[] nodes, int groups) {
            this.source = source;
            this.nodes = nodes;
            this.groups = groups;
        }
    }

    /** What to do after a sequence has matched, given the position reached. */
    private abstract static class Continuation {
        abstract boolean run(int pos);
    }

    private static Pattern cached;

    private Regex() {
    }

    private static Pattern compile(String regex) {
        Pattern p = cached;
        if (p != null && p.source.equals(regex)) {
            return p;
        }
        Parser parser = new Parser(regex);
        Node[][] alts = parser.alternatives();
        if (parser.pos < regex.length()) {
            throw new IllegalArgumentException("Unmatched closing ')' near index " + (parser.pos - 1) + "\n" + regex);
        }
        Node top = new Node();
        top.type = GROUP;
        top.alternatives = alts;
        top.group = 0;
        p = new Pattern(regex, new Node[] {top}, parser.groups + 1);
        cached = p;
        return p;
    }

    /** Parses the pattern syntax into nodes. */
    private static final class Parser {
        final String s;
        int pos;
        int groups;

        Parser(String s) {
            this.s = s;
        }

        Node[][] alternatives() {
            java.util.ArrayList<Node[]> alts = new java.util.ArrayList<Node[]>();
            alts.add(sequence());
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                alts.add(sequence());
            }
            return alts.toArray(new Node[0][]);
        }

        Node[] sequence() {
            java.util.ArrayList<Node> seq = new java.util.ArrayList<Node>();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '|' || c == ')') {
                    break;
                }
                if (c == '\\' && pos + 1 < s.length() && s.charAt(pos + 1) == 'Q') {
                    int end = s.indexOf("\\E", pos + 2);
                    if (end < 0) {
                        end = s.length();
                    }
                    for (int i = pos + 2; i < end; i++) {
                        Node n = new Node();
                        n.type = CHAR;
                        n.ch = s.charAt(i);
                        seq.add(n);
                    }
                    pos = Math.min(end + 2, s.length());
                    continue;
                }
                Node n = atom();
                quantifier(n);
                seq.add(n);
            }
            return seq.toArray(new Node[0]);
        }

        Node atom() {
            char c = s.charAt(pos++);
            Node n = new Node();
            switch (c) {
                case '.':
                    n.type = ANY;
                    break;
                case '^':
                    n.type = BEGIN;
                    break;
                case '$':
                    n.type = END;
                    break;
                case '(':
                    n.type = GROUP;
                    if (s.startsWith("?:", pos)) {
                        pos += 2;
                    } else {
                        n.group = ++groups;
                    }
                    n.alternatives = alternatives();
                    if (pos >= s.length() || s.charAt(pos) != ')') {
                        throw new IllegalArgumentException("Unclosed group near index " + s.length() + "\n" + s);
                    }
                    pos++;
                    break;
                case '[':
                    classBody(n);
                    break;
                case '\\':
                    escape(n, false);
                    break;
                case '*':
                case '+':
                case '?':
                    throw new IllegalArgumentException("Dangling meta character '" + c + "' near index " + (pos - 1)
                            + "\n" + s + "\n" + " ".repeat(pos - 1) + "^");
                default:
                    n.type = CHAR;
                    n.ch = c;
            }
            return n;
        }

        /** An escape after '\\' (inside a class when {@code inClass}). */
        void escape(Node n, boolean inClass) {
            if (pos >= s.length()) {
                throw new IllegalArgumentException("Unexpected internal error near index " + pos + "\n" + s);
            }
            char c = s.charAt(pos++);
            n.type = CLASS;
            switch (c) {
                case 'd':
                    n.ranges = new char[] {'0', '9'};
                    return;
                case 'D':
                    n.ranges = new char[] {'0', '9'};
                    n.negated = true;
                    return;
                case 's':
                    n.ranges = new char[] {'\t', '\r', ' ', ' '};
                    return;
                case 'S':
                    n.ranges = new char[] {'\t', '\r', ' ', ' '};
                    n.negated = true;
                    return;
                case 'w':
                    n.ranges = new char[] {'a', 'z', 'A', 'Z', '0', '9', '_', '_'};
                    return;
                case 'W':
                    n.ranges = new char[] {'a', 'z', 'A', 'Z', '0', '9', '_', '_'};
                    n.negated = true;
                    return;
                case 'b':
                    if (!inClass) {
                        n.type = WORD_BOUNDARY;
                        return;
                    }
                    break;
                default:
                    break;
            }
            if (!inClass && c >= '1' && c <= '9') {
                n.type = BACKREF;
                n.group = c - '0';
                return;
            }
            n.type = CHAR;
            switch (c) {
                case 't':
                    n.ch = '\t';
                    break;
                case 'n':
                    n.ch = '\n';
                    break;
                case 'r':
                    n.ch = '\r';
                    break;
                case 'f':
                    n.ch = '\f';
                    break;
                case 'e':
                    n.ch = '\u001B';
                    break;
                case '0':
                    n.ch = '\0';
                    break;
                case 'u':
                    n.ch = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
                    pos += 4;
                    break;
                default:
                    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                        throw new IllegalArgumentException("Illegal/unsupported escape sequence near index " + (pos - 1)
                                + "\n" + s);
                    }
                    n.ch = c;
            }
        }

        void classBody(Node n) {
            n.type = CLASS;
            if (pos < s.length() && s.charAt(pos) == '^') {
                n.negated = true;
                pos++;
            }
            java.util.ArrayList<Character> ranges = new java.util.ArrayList<Character>();
            boolean first = true;
            while (pos < s.length() && (s.charAt(pos) != ']' || first)) {
                first = false;
                char lo;
                char c = s.charAt(pos++);
                if (c == '\\') {
                    Node e = new Node();
                    escape(e, true);
                    if (e.type == CLASS) {
                        if (e.negated) {
                            throw new IllegalArgumentException("crema: negated class escapes inside [...] are not supported");
                        }
                        for (int i = 0; i < e.ranges.length; i++) {
                            ranges.add(e.ranges[i]);
                        }
                        continue;
                    }
                    lo = e.ch;
                } else {
                    lo = c;
                }
                char hi = lo;
                if (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
                    pos++;
                    hi = s.charAt(pos++);
                    if (hi == '\\') {
                        Node e = new Node();
                        escape(e, true);
                        hi = e.ch;
                    }
                }
                ranges.add(lo);
                ranges.add(hi);
            }
            if (pos >= s.length()) {
                throw new IllegalArgumentException("Unclosed character class near index " + (s.length() - 1) + "\n" + s);
            }
            pos++;
            n.ranges = new char[ranges.size()];
            for (int i = 0; i < n.ranges.length; i++) {
                n.ranges[i] = ranges.get(i).charValue();
            }
        }

        void quantifier(Node n) {
            if (pos >= s.length()) {
                return;
            }
            char c = s.charAt(pos);
            if (c == '*') {
                n.min = 0;
                n.max = Integer.MAX_VALUE;
            } else if (c == '+') {
                n.min = 1;
                n.max = Integer.MAX_VALUE;
            } else if (c == '?') {
                n.min = 0;
                n.max = 1;
            } else if (c == '{') {
                int close = s.indexOf('}', pos);
                if (close < 0) {
                    return;
                }
                String body = s.substring(pos + 1, close);
                int comma = body.indexOf(',');
                if (comma < 0) {
                    n.min = n.max = Integer.parseInt(body);
                } else {
                    n.min = Integer.parseInt(body.substring(0, comma));
                    String hi = body.substring(comma + 1);
                    n.max = hi.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(hi);
                }
                pos = close;
            } else {
                return;
            }
            pos++;
            if (pos < s.length() && s.charAt(pos) == '?') {
                n.greedy = false;
                pos++;
            } else if (pos < s.length() && s.charAt(pos) == '+') {
                pos++;
            }
        }
    }

    /** The state of one match attempt. */
    private static final class Matcher {
        final String s;
        final int[] starts;
        final int[] ends;

        Matcher(String s, int groups) {
            this.s = s;
            starts = new int[groups];
            ends = new int[groups];
            for (int i = 0; i < groups; i++) {
                starts[i] = -1;
                ends[i] = -1;
            }
        }

        boolean singleMatches(Node n, int pos) {
            if (pos >= s.length()) {
                return false;
            }
            char c = s.charAt(pos);
            switch (n.type) {
                case CHAR:
                    return c == n.ch;
                case ANY:
                    return c != '\n' && c != '\r';
                default:
                    boolean in = false;
                    for (int i = 0; i < n.ranges.length; i += 2) {
                        if (c >= n.ranges[i] && c <= n.ranges[i + 1]) {
                            in = true;
                            break;
                        }
                    }
                    return in != n.negated;
            }
        }

        boolean isWord(int pos) {
            if (pos < 0 || pos >= s.length()) {
                return false;
            }
            char c = s.charAt(pos);
            return Character.isLetterOrDigit(c) || c == '_';
        }

        boolean matchSeq(final Node[] seq, final int i, final int pos, final Continuation k) {
            if (i == seq.length) {
                return k.run(pos);
            }
            final Node n = seq[i];
            switch (n.type) {
                case BEGIN:
                    return pos == 0 && matchSeq(seq, i + 1, pos, k);
                case END:
                    return pos == s.length() && matchSeq(seq, i + 1, pos, k);
                case WORD_BOUNDARY:
                    return isWord(pos - 1) != isWord(pos) && matchSeq(seq, i + 1, pos, k);
                case BACKREF: {
                    int gs = n.group < starts.length ? starts[n.group] : -1;
                    if (gs < 0) {
                        return false;
                    }
                    String text = s.substring(gs, ends[n.group]);
                    return s.startsWith(text, pos) && matchSeq(seq, i + 1, pos + text.length(), k);
                }
                case GROUP:
                    return matchGroup(n, 0, pos, -1, new Continuation() {
                        boolean run(int p) {
                            return matchSeq(seq, i + 1, p, k);
                        }
                    });
                default: {
                    int count = 0;
                    int limit = n.max;
                    while (count < limit && singleMatches(n, pos + count)) {
                        count++;
                    }
                    if (count < n.min) {
                        return false;
                    }
                    if (n.greedy) {
                        for (int c = count; c >= n.min; c--) {
                            if (matchSeq(seq, i + 1, pos + c, k)) {
                                return true;
                            }
                        }
                    } else {
                        for (int c = n.min; c <= count; c++) {
                            if (matchSeq(seq, i + 1, pos + c, k)) {
                                return true;
                            }
                        }
                    }
                    return false;
                }
            }
        }

        /** Matches repetitions of group {@code n} (done {@code count} so far). */
        boolean matchGroup(final Node n, final int count, final int pos, final int lastStart, final Continuation k) {
            if (count >= n.min && !n.greedy && k.run(pos)) {
                return true;
            }
            if (count < n.max && pos != lastStart) {
                for (int a = 0; a < n.alternatives.length; a++) {
                    final int savedStart = n.group >= 0 ? starts[n.group] : 0;
                    final int savedEnd = n.group >= 0 ? ends[n.group] : 0;
                    boolean ok = matchSeq(n.alternatives[a], 0, pos, new Continuation() {
                        boolean run(int p) {
                            if (n.group >= 0) {
                                starts[n.group] = pos;
                                ends[n.group] = p;
                            }
                            if (matchGroup(n, count + 1, p, pos, k)) {
                                return true;
                            }
                            if (n.group >= 0) {
                                starts[n.group] = savedStart;
                                ends[n.group] = savedEnd;
                            }
                            return false;
                        }
                    });
                    if (ok) {
                        return true;
                    }
                }
            }
            return count >= n.min && n.greedy && k.run(pos);
        }

        /** Matches the pattern at exactly {@code from}; returns the end or -1. */
        int matchAt(Pattern p, int from) {
            final int[] end = {-1};
            boolean ok = matchSeq(p.nodes, 0, from, new Continuation() {
                boolean run(int pos) {
                    end[0] = pos;
                    return true;
                }
            });
            return ok ? end[0] : -1;
        }
    }

    static boolean matches(String regex, String s) {
        Pattern p = compile(regex);
        final Matcher m = new Matcher(s, p.groups);
        return m.matchSeq(p.nodes, 0, 0, new Continuation() {
            boolean run(int pos) {
                return pos == m.s.length();
            }
        });
    }

    /** Finds the first match starting at or after {@code from}: bounds[0..1]. */
    static boolean find(String regex, String s, int from, int[] bounds) {
        Pattern p = compile(regex);
        for (int start = from; start <= s.length(); start++) {
            Matcher m = new Matcher(s, p.groups);
            int end = m.matchAt(p, start);
            if (end >= 0) {
                bounds[0] = start;
                bounds[1] = end;
                return true;
            }
        }
        return false;
    }

    static String replace(String regex, String s, String replacement, boolean all) {
        Pattern p = compile(regex);
        StringBuilder sb = new StringBuilder();
        int copied = 0;
        int start = 0;
        while (start <= s.length()) {
            Matcher m = new Matcher(s, p.groups);
            int end = m.matchAt(p, start);
            if (end < 0) {
                start++;
                continue;
            }
            sb.append(s, copied, start);
            appendReplacement(sb, replacement, m, s);
            copied = end;
            if (!all) {
                break;
            }
            if (end == start) {
                if (start < s.length()) {
                    sb.append(s.charAt(start));
                }
                copied = start + 1;
                start = start + 1;
            } else {
                start = end;
            }
        }
        if (copied < s.length()) {
            sb.append(s, copied, s.length());
        }
        return sb.toString();
    }

    private static void appendReplacement(StringBuilder sb, String r, Matcher m, String s) {
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length()) {
                sb.append(r.charAt(++i));
            } else if (c == '$' && i + 1 < r.length() && Character.isDigit(r.charAt(i + 1))) {
                int g = r.charAt(++i) - '0';
                if (g >= m.starts.length) {
                    throw new IndexOutOfBoundsException("No group " + g);
                }
                if (m.starts[g] >= 0) {
                    sb.append(s, m.starts[g], m.ends[g]);
                }
            } else {
                sb.append(c);
            }
        }
    }
}
