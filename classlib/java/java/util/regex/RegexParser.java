package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * Compiles the text of a pattern into linked {@link Node}s. Each parsed
 * piece is a {@link Frag}: its first and last node (the last one's
 * {@code next} is linked when the following piece is known) and the
 * minimum and maximum number of chars it matches. Syntax errors are
 * reported with the JDK's descriptions and indexes.
 */
final class RegexParser {
    private static final int INF = Integer.MAX_VALUE;

    private final String pattern;
    private final int len;
    private int cursor;
    private int flags;

    int groupCount;
    int localCount;
    final HashMap<String, Integer> names = new HashMap<>();

    /** A compiled piece of pattern. */
    static final class Frag {
        Node head;
        Node tail;
        int min;
        int max;
        /** The set, if this piece is a single character set (so quantifiers can use CharLoop). */
        CharPred single;
        /** False if the piece has alternatives or variable repetitions. */
        boolean deterministic = true;
        /** The group number if this piece is exactly one capturing group, else -1. */
        int captureGroup = -1;

        Frag(Node head, Node tail, int min, int max) {
            this.head = head;
            this.tail = tail;
            this.min = min;
            this.max = max;
        }

        static Frag of(Node n, int min, int max) {
            return new Frag(n, n, min, max);
        }

        static Frag ofPred(CharPred p) {
            Frag f = of(new Node.CharProperty(p), 1, p.mayBeSupplementary() ? 2 : 1);
            f.single = p;
            return f;
        }
    }

    RegexParser(String pattern, int flags) {
        this.pattern = pattern;
        this.len = pattern.length();
        this.flags = flags;
    }

    /** Parses the whole pattern; the result ends in an Accept node. */
    Frag parse() {
        if ((flags & Pattern.LITERAL) != 0) {
            Frag f = literal(pattern);
            f.tail.next = new Node.Accept();
            f.tail = f.tail.next;
            return f;
        }
        Frag f = expr();
        if (cursor < len) {
            // only a ')' stops expr() before the end
            throw error("Unmatched closing ')'", cursor - 1);
        }
        Node accept = new Node.Accept();
        f.tail.next = accept;
        f.tail = accept;
        return f;
    }

    private PatternSyntaxException error(String desc, int index) {
        return new PatternSyntaxException(desc, pattern, index);
    }

    private boolean has(int f) {
        return (flags & f) != 0;
    }

    /** The char at i, or 0 past the end. */
    private char at(int i) {
        return i < len ? pattern.charAt(i) : 0;
    }

    /** Skips whitespace and comments when COMMENTS is set. */
    private void skipComments() {
        if (!has(Pattern.COMMENTS)) {
            return;
        }
        while (cursor < len) {
            char c = pattern.charAt(cursor);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                cursor++;
            } else if (c == '#') {
                while (cursor < len && pattern.charAt(cursor) != '\n' && pattern.charAt(cursor) != '\r') {
                    cursor++;
                }
            } else {
                break;
            }
        }
    }

    private int peek() {
        skipComments();
        return cursor < len ? pattern.charAt(cursor) : -1;
    }

    private int newLocal() {
        return localCount++;
    }

    private int caseMode() {
        if (!has(Pattern.CASE_INSENSITIVE)) {
            return 0;
        }
        return has(Pattern.UNICODE_CASE) ? 2 : 1;
    }

    private static int sat(long v) {
        return v >= INF ? INF : (int) v;
    }

    private static Frag concat(Frag a, Frag b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        a.tail.next = b.head;
        Frag f = new Frag(a.head, b.tail, sat((long) a.min + b.min), sat((long) a.max + b.max));
        f.deterministic = a.deterministic && b.deterministic;
        return f;
    }

    private static Frag empty() {
        return Frag.of(new Node.Empty(), 0, 0);
    }

    // ------------------------------------------------------------ expressions

    /** Alternatives separated by '|', up to ')' or the end. */
    private Frag expr() {
        Frag first = sequence();
        if (peek() != '|') {
            return first;
        }
        ArrayList<Frag> alts = new ArrayList<>();
        alts.add(first);
        while (peek() == '|') {
            cursor++;
            alts.add(sequence());
        }
        Node join = new Node.Empty();
        Node[] heads = new Node[alts.size()];
        int min = INF;
        int max = 0;
        for (int k = 0; k < heads.length; k++) {
            Frag a = alts.get(k);
            a.tail.next = join;
            heads[k] = a.head;
            min = Math.min(min, a.min);
            max = Math.max(max, a.max);
        }
        Frag f = new Frag(new Node.Branch(heads), join, min, max);
        f.deterministic = false;
        return f;
    }

    /** Atoms with their quantifiers, up to '|', ')' or the end. */
    private Frag sequence() {
        Frag result = null;
        StringBuilder literal = new StringBuilder();
        while (true) {
            int ch = peek();
            if (ch < 0 || ch == '|' || ch == ')') {
                break;
            }
            int start = cursor;
            Frag atom;
            int literalChar = -1;
            switch (ch) {
                case '(':
                    atom = group();
                    if (atom == null) {
                        continue;
                    }
                    break;
                case '[':
                    cursor++;
                    atom = Frag.ofPred(charClass());
                    break;
                case '\\':
                    cursor++;
                    atom = escape();
                    if (escapedLiteral >= 0) {
                        literalChar = escapedLiteral;
                        atom = null;
                    } else if (atom == null) {
                        continue;
                    }
                    break;
                case '^':
                    cursor++;
                    atom = Frag.of(has(Pattern.MULTILINE) ? new Node.Caret(has(Pattern.UNIX_LINES)) : new Node.Begin(), 0, 0);
                    break;
                case '$':
                    cursor++;
                    atom = Frag.of(new Node.Dollar(has(Pattern.MULTILINE), has(Pattern.UNIX_LINES)), 0, 0);
                    break;
                case '.':
                    cursor++;
                    atom = Frag.ofPred(has(Pattern.DOTALL) ? CharPred.ALL : CharPred.dot(has(Pattern.UNIX_LINES)));
                    break;
                case '*':
                case '+':
                case '?':
                    throw error("Dangling meta character '" + (char) ch + "'", cursor);
                case '{':
                    // a repetition of nothing
                    atom = empty();
                    break;
                default:
                    literalChar = pattern.codePointAt(cursor);
                    cursor += Character.charCount(literalChar);
                    atom = null;
                    break;
            }
            int q = peek();
            boolean quantified = q == '*' || q == '+' || q == '?' || q == '{';
            if (literalChar >= 0 && !quantified) {
                literal.appendCodePoint(literalChar);
                continue;
            }
            if (literal.length() > 0) {
                result = concat(result, literal(literal.toString()));
                literal.setLength(0);
            }
            if (atom == null) {
                atom = literalAtom(literalChar);
            }
            result = concat(result, closure(atom));
        }
        if (literal.length() > 0) {
            result = concat(result, literal(literal.toString()));
        }
        return result == null ? empty() : result;
    }

    /** Set by escape(): the character the escape stood for, or -1. */
    private int escapedLiteral;

    private Frag literalAtom(int c) {
        int mode = caseMode();
        if (mode == 0) {
            return Frag.ofPred(CharPred.single(c));
        }
        return Frag.ofPred(CharPred.singleIgnoreCase(c, mode == 2));
    }

    /** A literal string (case-insensitive as the flags say). */
    private Frag literal(String s) {
        if (s.length() == 1 || (s.length() == 2 && Character.isSupplementaryCodePoint(s.codePointAt(0)))) {
            return literalAtom(s.codePointAt(0));
        }
        Node n = new Node.Slice(s.toCharArray(), caseMode());
        return Frag.of(n, s.length(), s.length());
    }

    // ------------------------------------------------------------ quantifiers

    private Frag closure(Frag atom) {
        int ch = peek();
        int min;
        int max;
        boolean question = ch == '?';
        switch (ch) {
            case '?':
                cursor++;
                min = 0;
                max = 1;
                break;
            case '*':
                cursor++;
                min = 0;
                max = INF;
                break;
            case '+':
                cursor++;
                min = 1;
                max = INF;
                break;
            case '{':
                cursor++;
                if (!isDigit(at(cursor))) {
                    throw error("Illegal repetition", cursor);
                }
                min = number();
                max = min;
                if (at(cursor) == ',') {
                    cursor++;
                    max = isDigit(at(cursor)) ? number() : INF;
                }
                if (at(cursor) != '}') {
                    throw error("Unclosed counted closure", cursor);
                }
                if (max < min) {
                    throw error("Illegal repetition range", cursor);
                }
                cursor++;
                break;
            default:
                return atom;
        }
        int type = Node.CharLoop.GREEDY;
        if (at(cursor) == '?') {
            cursor++;
            type = Node.CharLoop.LAZY;
        } else if (at(cursor) == '+') {
            cursor++;
            type = Node.CharLoop.POSSESSIVE;
        }
        int fmin = sat((long) atom.min * min);
        int fmax = (max == 0 || atom.max == 0) ? 0 : (max == INF || atom.max == INF) ? INF : sat((long) atom.max * max);
        if (atom.single != null) {
            Frag f = Frag.of(new Node.CharLoop(atom.single, min, max, type), fmin, fmax);
            f.deterministic = min == max;
            return f;
        }
        if (atom.max == 0 && atom.deterministic && !question) {
            // a fixed zero-width body: matched min times, then tried once more (if more are allowed)
            // for its side effects, without recording the group itself
            int slot = newLocal();
            atom.tail.next = new Node.Mark(slot);
            boolean extra = max > min;
            Frag f = Frag.of(new Node.ZeroWidthLoop(atom.head, min, extra, type, atom.captureGroup), 0, 0);
            f.deterministic = min == max;
            return f;
        }
        if (min == 1 && max == 1 && type != Node.CharLoop.POSSESSIVE) {
            return atom;
        }
        Node.Loop loop = new Node.Loop(min, max, type == Node.CharLoop.LAZY, newLocal(), newLocal());
        atom.tail.next = new Node.LoopTail(loop);
        loop.body = atom.head;
        Frag f;
        if (type == Node.CharLoop.POSSESSIVE) {
            int slot = newLocal();
            loop.next = new Node.Mark(slot);
            f = Frag.of(new Node.Atomic(loop, slot), fmin, fmax);
        } else {
            f = Frag.of(loop, fmin, fmax);
        }
        f.deterministic = atom.deterministic && min == max;
        return f;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Decimal digits at the cursor; too large values are an error at the digit that overflows. */
    private int number() {
        long v = 0;
        while (isDigit(at(cursor))) {
            v = v * 10 + (at(cursor) - '0');
            if (v > INF) {
                throw error("Illegal repetition range", cursor);
            }
            cursor++;
        }
        return (int) v;
    }

    // ------------------------------------------------------------ groups

    private Frag group() {
        cursor++;
        int savedFlags = flags;
        Frag result;
        if (at(cursor) == '?') {
            cursor++;
            char c = at(cursor);
            cursor++;
            switch (c) {
                case ':':
                    result = expr();
                    break;
                case '=':
                case '!': {
                    Frag body = expr();
                    int slot = newLocal();
                    body.tail.next = new Node.Mark(slot);
                    result = Frag.of(new Node.Ahead(body.head, c == '!'), 0, 0);
                    break;
                }
                case '>': {
                    Frag body = expr();
                    int slot = newLocal();
                    body.tail.next = new Node.Mark(slot);
                    result = Frag.of(new Node.Atomic(body.head, slot), body.min, body.max);
                    result.deterministic = body.deterministic;
                    break;
                }
                case '<': {
                    char d = at(cursor);
                    if (d == '=' || d == '!') {
                        cursor++;
                        Frag body = expr();
                        int slot = newLocal();
                        body.tail.next = new Node.BehindEnd(slot);
                        result = Frag.of(new Node.Behind(body.head, d == '!', body.min, body.max, slot), 0, 0);
                    } else {
                        String name = groupName();
                        if (names.containsKey(name)) {
                            throw error("Named capturing group <" + name + "> is already defined", cursor - 1);
                        }
                        int group = ++groupCount;
                        names.put(name, group);
                        result = capture(group);
                    }
                    break;
                }
                default:
                    cursor--;
                    inlineFlags();
                    char end = at(cursor);
                    cursor++;
                    if (end == ')') {
                        // (?flags): the flags stay in effect
                        return null;
                    }
                    if (end != ':') {
                        throw error("Unknown inline modifier", cursor - 1);
                    }
                    result = expr();
                    break;
            }
        } else {
            result = capture(++groupCount);
        }
        if (at(cursor) != ')') {
            throw error("Unclosed group", len);
        }
        cursor++;
        flags = savedFlags;
        return result;
    }

    private Frag capture(int group) {
        int slot = newLocal();
        Node head = new Node.GroupHead(slot);
        Frag body = expr();
        Node tail = new Node.GroupTail(slot, group);
        head.next = body.head;
        body.tail.next = tail;
        Frag f = new Frag(head, tail, body.min, body.max);
        f.deterministic = body.deterministic;
        f.captureGroup = group;
        return f;
    }

    /** A group name after "(?<" or "\k<", through the closing '>'. */
    private String groupName() {
        int start = cursor;
        if (!CharPred.isAsciiLetter(at(cursor))) {
            throw error("capturing group name does not start with a Latin letter", cursor);
        }
        while (CharPred.isAsciiLetter(at(cursor)) || isDigit(at(cursor))) {
            cursor++;
        }
        String name = pattern.substring(start, cursor);
        if (at(cursor) != '>') {
            throw error("named capturing group is missing trailing '>'", cursor);
        }
        cursor++;
        return name;
    }

    /** Flag letters, with '-' turning the following ones off. */
    private void inlineFlags() {
        boolean on = true;
        while (true) {
            char c = at(cursor);
            int f;
            switch (c) {
                case 'i': f = Pattern.CASE_INSENSITIVE; break;
                case 'm': f = Pattern.MULTILINE; break;
                case 's': f = Pattern.DOTALL; break;
                case 'd': f = Pattern.UNIX_LINES; break;
                case 'u': f = Pattern.UNICODE_CASE; break;
                case 'c': f = Pattern.CANON_EQ; break;
                case 'x': f = Pattern.COMMENTS; break;
                case 'U': f = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE; break;
                case '-':
                    on = false;
                    cursor++;
                    continue;
                case ')':
                case ':':
                    return;
                default:
                    throw error("Unknown inline modifier", cursor);
            }
            flags = on ? flags | f : flags & ~f;
            cursor++;
        }
    }

    // ------------------------------------------------------------ escapes

    /**
     * An escape outside a class (cursor after the backslash): a set, an
     * anchor, a back reference or quoted text; null for an empty \Q\E or
     * for a plain character (then in escapedLiteral).
     */
    private Frag escape() {
        escapedLiteral = -1;
        if (cursor >= len) {
            throw error("Unexpected internal error", len);
        }
        char c = pattern.charAt(cursor);
        switch (c) {
            case 'A':
                cursor++;
                return Frag.of(new Node.Begin(), 0, 0);
            case 'z':
                cursor++;
                return Frag.of(new Node.End(), 0, 0);
            case 'Z':
                cursor++;
                return Frag.of(new Node.Dollar(false, has(Pattern.UNIX_LINES)), 0, 0);
            case 'b':
                cursor++;
                return Frag.of(new Node.Bound(false), 0, 0);
            case 'B':
                cursor++;
                return Frag.of(new Node.Bound(true), 0, 0);
            case 'G':
                cursor++;
                return Frag.of(new Node.LastMatchEnd(), 0, 0);
            case 'R':
                cursor++;
                return Frag.of(new Node.LineBreak(), 1, 2);
            case 'k': {
                cursor++;
                if (at(cursor) != '<') {
                    throw error("\\k is not followed by '<' for named capturing group", cursor);
                }
                cursor++;
                String name = groupName();
                Integer g = names.get(name);
                if (g == null) {
                    throw error("named capturing group <" + name + "> does not exist", cursor - 1);
                }
                return Frag.of(new Node.BackRef(g, caseMode()), 0, INF);
            }
            case 'Q': {
                cursor++;
                int end = pattern.indexOf("\\E", cursor);
                if (end < 0) {
                    end = len;
                }
                String quoted = pattern.substring(cursor, end);
                cursor = Math.min(end + 2, len);
                if (quoted.isEmpty()) {
                    return null;
                }
                // a quantifier applies to the last quoted char only
                int q = peek();
                if ((q == '*' || q == '+' || q == '?' || q == '{') && quoted.length() > 1) {
                    int last = quoted.offsetByCodePoints(quoted.length(), -1);
                    Frag head = literal(quoted.substring(0, last));
                    return concat(head, closure(literalAtom(quoted.codePointAt(last))));
                }
                return literal(quoted);
            }
            case 'E':
                cursor++;
                return null;
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            cursor++;
            int ref = c - '0';
            while (isDigit(at(cursor))) {
                int more = ref * 10 + (at(cursor) - '0');
                if (more > groupCount) {
                    break;
                }
                ref = more;
                cursor++;
            }
            return Frag.of(new Node.BackRef(ref, caseMode()), 0, INF);
        }
        Object v = escapeValue();
        if (v instanceof CharPred) {
            return Frag.ofPred((CharPred) v);
        }
        escapedLiteral = (Integer) v;
        return null;
    }

    /**
     * An escape that stands for a character (an Integer) or a set (a
     * CharPred), valid both in and outside classes; cursor at the char
     * after the backslash.
     */
    private Object escapeValue() {
        int at = cursor;
        char c = pattern.charAt(cursor++);
        switch (c) {
            case 'd':
                return unicodeClasses() ? CharPred.category(1 << Character.DECIMAL_DIGIT_NUMBER) : CharPred.DIGIT;
            case 'D':
                return (unicodeClasses() ? CharPred.category(1 << Character.DECIMAL_DIGIT_NUMBER) : CharPred.DIGIT).negate();
            case 's':
                return unicodeClasses() ? CharPred.forName("IsWhite_Space") : CharPred.SPACE;
            case 'S':
                return (unicodeClasses() ? CharPred.forName("IsWhite_Space") : CharPred.SPACE).negate();
            case 'w':
                return unicodeClasses() ? unicodeWord() : CharPred.WORD;
            case 'W':
                return (unicodeClasses() ? unicodeWord() : CharPred.WORD).negate();
            case 'h':
                return CharPred.HORIZONTAL_SPACE;
            case 'H':
                return CharPred.HORIZONTAL_SPACE.negate();
            case 'v':
                return CharPred.VERTICAL_SPACE;
            case 'V':
                return CharPred.VERTICAL_SPACE.negate();
            case 'X':
                return CharPred.ALL;
            case 'p':
            case 'P':
                return property(c == 'P');
            case '0':
                return octal();
            case 'a':
                return 7;
            case 'e':
                return 0x1B;
            case 'f':
                return (int) '\f';
            case 'n':
                return (int) '\n';
            case 'r':
                return (int) '\r';
            case 't':
                return (int) '\t';
            case 'c':
                if (cursor < len) {
                    return pattern.charAt(cursor++) ^ 64;
                }
                throw error("Illegal control escape sequence", at);
            case 'x':
                return hex();
            case 'u':
                return unicodeEscape();
            default:
                if (CharPred.isAsciiLetter(c) || isDigit(c)) {
                    throw error("Illegal/unsupported escape sequence", at);
                }
                if (Character.isHighSurrogate(c) && cursor < len && Character.isLowSurrogate(pattern.charAt(cursor))) {
                    return Character.toCodePoint(c, pattern.charAt(cursor++));
                }
                return (int) c;
        }
    }

    private boolean unicodeClasses() {
        return has(Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static CharPred unicodeWord() {
        return new CharPred() {
            boolean is(int ch) {
                int t = Character.getType(ch);
                return Character.isAlphabetic(ch) || t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                        || t == Character.COMBINING_SPACING_MARK || t == Character.DECIMAL_DIGIT_NUMBER
                        || t == Character.CONNECTOR_PUNCTUATION || ch == 0x200C || ch == 0x200D;
            }
        };
    }

    private CharPred property(boolean negated) {
        String name;
        if (at(cursor) == '{') {
            int close = pattern.indexOf('}', cursor);
            if (close < 0) {
                throw error("Unclosed character family", len);
            }
            name = pattern.substring(cursor + 1, close);
            cursor = close + 1;
        } else {
            if (cursor >= len) {
                throw error("Illegal character family", cursor);
            }
            name = String.valueOf(pattern.charAt(cursor++));
        }
        CharPred p = CharPred.forName(name);
        if (p == null) {
            throw error("Unknown character property name {" + name + "}", cursor - 1);
        }
        if (has(Pattern.CASE_INSENSITIVE)) {
            // the case-specific sets match letters of any case
            switch (name) {
                case "Lower":
                case "Upper":
                    p = CharPred.range('a', 'z').union(CharPred.range('A', 'Z'));
                    break;
                case "Lu":
                case "Ll":
                case "Lt":
                case "IsLu":
                case "IsLl":
                case "IsLt":
                    p = CharPred.category(CharPred.categoryMask("LC"));
                    break;
                case "javaLowerCase":
                case "javaUpperCase":
                case "javaTitleCase":
                case "IsLowercase":
                case "IsUppercase":
                case "IsTitlecase":
                    p = CharPred.forName("javaLowerCase").union(CharPred.forName("javaUpperCase"))
                            .union(CharPred.forName("javaTitleCase"));
                    break;
                default:
                    break;
            }
        }
        return negated ? p.negate() : p;
    }

    private int octal() {
        int n = at(cursor) - '0';
        if (n < 0 || n > 7) {
            throw error("Illegal octal escape sequence", cursor);
        }
        cursor++;
        int m = at(cursor) - '0';
        if (m < 0 || m > 7) {
            return n;
        }
        cursor++;
        int o = at(cursor) - '0';
        if (o < 0 || o > 7 || n > 3) {
            return n * 8 + m;
        }
        cursor++;
        return (n * 8 + m) * 8 + o;
    }

    private int hexDigit(int i) {
        return Character.digit(at(i), 16);
    }

    private int hex() {
        if (hexDigit(cursor) >= 0 && hexDigit(cursor + 1) >= 0) {
            int v = hexDigit(cursor) * 16 + hexDigit(cursor + 1);
            cursor += 2;
            return v;
        }
        if (at(cursor) == '{') {
            int i = cursor + 1;
            long v = 0;
            while (hexDigit(i) >= 0) {
                v = v * 16 + hexDigit(i);
                if (v > Character.MAX_CODE_POINT) {
                    throw error("Hexadecimal codepoint is too big", i);
                }
                i++;
            }
            if (i > cursor + 1 && at(i) == '}') {
                cursor = i + 1;
                return (int) v;
            }
            throw error("Unclosed hexadecimal escape sequence", i);
        }
        throw error("Illegal hexadecimal escape sequence", Math.min(cursor + (hexDigit(cursor) >= 0 ? 1 : 0), len));
    }

    private int unicodeEscape() {
        int v = 0;
        for (int k = 0; k < 4; k++) {
            int d = hexDigit(cursor);
            if (d < 0) {
                throw error("Illegal Unicode escape sequence", cursor);
            }
            v = v * 16 + d;
            cursor++;
        }
        if (Character.isHighSurrogate((char) v) && at(cursor) == '\\' && at(cursor + 1) == 'u') {
            int save = cursor;
            cursor += 2;
            int lo = 0;
            boolean ok = true;
            for (int k = 0; k < 4; k++) {
                int d = hexDigit(cursor);
                if (d < 0) {
                    ok = false;
                    break;
                }
                lo = lo * 16 + d;
                cursor++;
            }
            if (ok && Character.isLowSurrogate((char) lo)) {
                return Character.toCodePoint((char) v, (char) lo);
            }
            cursor = save;
        }
        return v;
    }

    // ------------------------------------------------------------ classes

    /** A character class; cursor after '['. Returns the set (negation and intersections applied). */
    private CharPred charClass() {
        boolean negate = false;
        if (at(cursor) == '^' && cursor < len) {
            cursor++;
            negate = true;
        }
        CharPred result = null;
        CharPred pendingAnd = null;
        boolean first = true;
        while (true) {
            if (cursor >= len) {
                throw error("Unclosed character class", len - 1);
            }
            char c = pattern.charAt(cursor);
            if (c == ']' && !first) {
                cursor++;
                break;
            }
            first = false;
            if (c == '[') {
                cursor++;
                result = unite(result, charClass());
                continue;
            }
            if (c == '&' && at(cursor + 1) == '&') {
                cursor += 2;
                // everything up to the end of this class is the right operand
                CharPred left = result == null ? null : result;
                pendingAnd = pendingAnd == null ? left : (left == null ? pendingAnd : pendingAnd.and(left));
                result = null;
                continue;
            }
            if (has(Pattern.COMMENTS) && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B')) {
                cursor++;
                continue;
            }
            int lo;
            if (c == '\\') {
                cursor++;
                if (cursor >= len) {
                    throw error("Unclosed character class", len - 1);
                }
                char e = pattern.charAt(cursor);
                if (e == 'Q') {
                    cursor++;
                    int end = pattern.indexOf("\\E", cursor);
                    if (end < 0) {
                        end = len;
                    }
                    for (int k = cursor; k < end; ) {
                        int cp = pattern.codePointAt(k);
                        result = unite(result, single(cp));
                        k += Character.charCount(cp);
                    }
                    cursor = Math.min(end + 2, len);
                    continue;
                }
                Object v = escapeValue();
                if (v instanceof CharPred) {
                    result = unite(result, (CharPred) v);
                    continue;
                }
                lo = (Integer) v;
            } else {
                lo = pattern.codePointAt(cursor);
                cursor += Character.charCount(lo);
            }
            if (at(cursor) == '-' && cursor + 1 < len && at(cursor + 1) != ']' && at(cursor + 1) != '[') {
                cursor++;
                int hi;
                if (at(cursor) == '\\') {
                    cursor++;
                    if (cursor >= len) {
                        throw error("Unclosed character class", len - 1);
                    }
                    int at = cursor;
                    Object v = escapeValue();
                    if (v instanceof CharPred) {
                        throw error("Illegal character range", at);
                    }
                    hi = (Integer) v;
                } else {
                    hi = pattern.codePointAt(cursor);
                    cursor += Character.charCount(hi);
                }
                if (hi < lo) {
                    throw error("Illegal character range", cursor - 1);
                }
                result = unite(result, range(lo, hi));
            } else {
                result = unite(result, single(lo));
            }
        }
        if (pendingAnd != null) {
            result = result == null ? pendingAnd : pendingAnd.and(result);
        }
        if (result == null) {
            result = CharPred.ALL.negate();
        }
        return negate ? result.negate() : result;
    }

    private static CharPred unite(CharPred a, CharPred b) {
        return a == null ? b : a.union(b);
    }

    private CharPred single(int c) {
        int mode = caseMode();
        return mode == 0 ? CharPred.single(c) : CharPred.singleIgnoreCase(c, mode == 2);
    }

    private CharPred range(int lo, int hi) {
        int mode = caseMode();
        return mode == 0 ? CharPred.range(lo, hi) : CharPred.rangeIgnoreCase(lo, hi, mode == 2);
    }
}
