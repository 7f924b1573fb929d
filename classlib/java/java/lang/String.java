package java.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Formatter;
import java.util.Iterator;

/**
 * An immutable sequence of UTF-16 chars. crema keeps the text in a char
 * array ({@code value}; the VM reads it directly), and caches the hash.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private final char[] value;
    private int hash;
    private boolean hashIsZero;

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    public String() {
        value = new char[0];
    }

    public String(String original) {
        value = original.value;
        hash = original.hash;
        hashIsZero = original.hashIsZero;
    }

    public String(char[] value) {
        this.value = value.clone();
    }

    public String(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        this.value = copyRange(value, offset, count);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int n = count;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
            if (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                n++;
            }
        }
        char[] v = new char[n];
        int j = 0;
        for (int i = offset; i < offset + count; i++) {
            j += Character.toChars(codePoints[i], v, j);
        }
        this.value = v;
    }

    /** Chars whose high bytes are {@code hibyte} and low bytes the given bytes. */
    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        char[] v = new char[count];
        int high = (hibyte & 0xFF) << 8;
        for (int i = 0; i < count; i++) {
            v[i] = (char) (high | (ascii[offset + i] & 0xFF));
        }
        this.value = v;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = decode(bytes, offset, length);
    }

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetFor(charsetName));
    }

    public String(StringBuilder builder) {
        this.value = builder.toString().value;
    }

    public String(StringBuffer buffer) {
        this.value = buffer.toString().value;
    }

    /** Shares {@code value} (the caller gives up ownership). */
    String(char[] value, boolean share) {
        this.value = value;
    }

    private static native char[] decode(byte[] bytes, int offset, int length);

    private static native byte[] encode(String s);

    static char[] copyRange(char[] src, int offset, int count) {
        char[] copy = new char[count];
        System.arraycopy(src, offset, copy, 0, count);
        return copy;
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
        }
    }

    public int length() {
        return value.length;
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    public char charAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException("String index out of range: " + index);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        if (index < 0 || index >= value.length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + value.length);
        }
        return Character.codePointAt(value, index);
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= value.length) {
            throw new StringIndexOutOfBoundsException(index);
        }
        char lo = value[i];
        if (Character.isLowSurrogate(lo) && i > 0 && Character.isHighSurrogate(value[i - 1])) {
            return Character.toCodePoint(value[i - 1], lo);
        }
        return lo;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > value.length) {
            throw new IndexOutOfBoundsException();
        }
        int n = 0;
        for (int i = beginIndex; i < endIndex; i++) {
            if (Character.isHighSurrogate(value[i]) && i + 1 < endIndex && Character.isLowSurrogate(value[i + 1])) {
                i++;
            }
            n++;
        }
        return n;
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public byte[] getBytes() {
        return encode(this);
    }

    /** The low bytes of chars [srcBegin, srcEnd). */
    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, value.length);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) {
            dst[dstBegin++] = (byte) value[i];
        }
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        return getBytes(charsetFor(charsetName));
    }

    public boolean equals(Object anObject) {
        if (this == anObject) {
            return true;
        }
        if (!(anObject instanceof String)) {
            return false;
        }
        char[] other = ((String) anObject).value;
        char[] v = value;
        if (v.length != other.length) {
            return false;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] != other[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs.length() != value.length) {
            return false;
        }
        for (int i = 0; i < value.length; i++) {
            if (value[i] != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return this == anotherString
                || (anotherString != null && anotherString.value.length == value.length
                    && regionMatches(true, 0, anotherString, 0, value.length));
    }

    public int compareTo(String anotherString) {
        char[] a = value;
        char[] b = anotherString.value;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return a.length - b.length;
    }

    /** 0 if the code points are equal ignoring case, else the difference of their case-folded values. */
    private static int compareIgnoringCase(int c1, int c2) {
        if (c1 != c2) {
            c1 = Character.toUpperCase(c1);
            c2 = Character.toUpperCase(c2);
            if (c1 != c2) {
                c1 = Character.toLowerCase(c1);
                c2 = Character.toLowerCase(c2);
                if (c1 != c2) {
                    return c1 - c2;
                }
            }
        }
        return 0;
    }

    /**
     * Compares a[ai, aEnd) and b[bi, bEnd) ignoring case, code point by
     * code point; returns the first difference, or the difference of the
     * remaining lengths.
     */
    private static int compareIgnoringCase(char[] a, int ai, int aEnd, char[] b, int bi, int bEnd) {
        while (ai < aEnd && bi < bEnd) {
            int c1 = a[ai++];
            int c2 = b[bi++];
            if (Character.isHighSurrogate((char) c1) && ai < aEnd && Character.isLowSurrogate(a[ai])) {
                c1 = Character.toCodePoint((char) c1, a[ai++]);
            }
            if (Character.isHighSurrogate((char) c2) && bi < bEnd && Character.isLowSurrogate(b[bi])) {
                c2 = Character.toCodePoint((char) c2, b[bi++]);
            }
            if (c1 != c2) {
                int d = compareIgnoringCase(c1, c2);
                if (d != 0) {
                    return d;
                }
            }
        }
        return (aEnd - ai) - (bEnd - bi);
    }

    public int compareToIgnoreCase(String str) {
        return compareIgnoringCase(value, 0, value.length, str.value, 0, str.value.length);
    }

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            return s1.compareToIgnoreCase(s2);
        }
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) value.length - len
                || ooffset > (long) other.value.length - len) {
            return false;
        }
        if (!ignoreCase) {
            for (int i = 0; i < len; i++) {
                if (value[toffset + i] != other.value[ooffset + i]) {
                    return false;
                }
            }
            return true;
        }
        return len <= 0 || compareIgnoringCase(value, toffset, toffset + len, other.value, ooffset, ooffset + len) == 0;
    }

    public boolean startsWith(String prefix, int toffset) {
        return regionMatches(false, toffset, prefix, 0, prefix.value.length);
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, value.length - suffix.value.length);
    }

    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            char[] v = value;
            for (int i = 0; i < v.length; i++) {
                h = 31 * h + v[i];
            }
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < value.length; i++) {
                if (value[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        return indexOf(new String(Character.toChars(ch), false), fromIndex);
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, value.length - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = Math.min(fromIndex, value.length - 1); i >= 0; i--) {
                if (value[i] == ch) {
                    return i;
                }
            }
            return -1;
        }
        return lastIndexOf(new String(Character.toChars(ch), false), fromIndex);
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(value, value.length, str.value, fromIndex);
    }

    /** The first index >= from where {@code target} occurs in src[0, count). */
    static int indexOf(char[] src, int count, char[] target, int from) {
        if (from < 0) {
            from = 0;
        }
        int n = target.length;
        if (n == 0) {
            return from <= count ? from : count;
        }
        char first = target[0];
        int last = count - n;
        for (int i = from; i <= last; i++) {
            if (src[i] != first) {
                continue;
            }
            int j = 1;
            while (j < n && src[i + j] == target[j]) {
                j++;
            }
            if (j == n) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, value.length);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(value, value.length, str.value, fromIndex);
    }

    /** The last index <= from where {@code target} occurs in src[0, count). */
    static int lastIndexOf(char[] src, int count, char[] target, int from) {
        int n = target.length;
        int start = Math.min(from, count - n);
        for (int i = start; i >= 0; i--) {
            int j = 0;
            while (j < n && src[i + j] == target[j]) {
                j++;
            }
            if (j == n) {
                return i;
            }
        }
        return -1;
    }

    public String substring(int beginIndex) {
        return substring(beginIndex, value.length);
    }

    public String substring(int beginIndex, int endIndex) {
        checkBoundsBeginEnd(beginIndex, endIndex, value.length);
        if (beginIndex == 0 && endIndex == value.length) {
            return this;
        }
        return new String(copyRange(value, beginIndex, endIndex - beginIndex), false);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.value.length == 0) {
            return this;
        }
        char[] r = new char[value.length + str.value.length];
        System.arraycopy(value, 0, r, 0, value.length);
        System.arraycopy(str.value, 0, r, value.length, str.value.length);
        return new String(r, false);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar || indexOf(oldChar) < 0) {
            return this;
        }
        char[] r = value.clone();
        for (int i = 0; i < r.length; i++) {
            if (r[i] == oldChar) {
                r[i] = newChar;
            }
        }
        return new String(r, false);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString();
        String r = replacement.toString();
        int at = indexOf(t);
        if (at < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(value.length + 16);
        int from = 0;
        if (t.isEmpty()) {
            for (int i = 0; i < value.length; i++) {
                sb.append(r).append(value[i]);
            }
            return sb.append(r).toString();
        }
        while (at >= 0) {
            sb.append(value, from, at - from).append(r);
            from = at + t.value.length;
            at = indexOf(t, from);
        }
        return sb.append(value, from, value.length - from).toString();
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        int sep = literalSeparator(regex);
        if (sep < 0) {
            return java.util.regex.Pattern.compile(regex).split(this, limit);
        }
        // a one-char literal separator: split without the regex engine (same results)
        ArrayList<String> parts = null;
        int from = 0;
        int next;
        boolean limited = limit > 0;
        while ((next = indexOf(sep, from)) >= 0) {
            if (parts == null) {
                parts = new ArrayList<String>();
            }
            if (limited && parts.size() == limit - 1) {
                break;
            }
            parts.add(substring(from, next));
            from = next + 1;
        }
        if (parts == null) {
            return new String[] {this};
        }
        parts.add(substring(from, value.length));
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        String[] result = new String[size];
        for (int i = 0; i < size; i++) {
            result[i] = parts.get(i);
        }
        return result;
    }

    /** The char a regex matches literally if it is one plain char or an escaped non-alphanumeric one, else -1. */
    private static int literalSeparator(String regex) {
        int n = regex.value.length;
        if (n == 1) {
            char c = regex.value[0];
            return ".$|()[{^?*+\\".indexOf(c) < 0 && !Character.isSurrogate(c) ? c : -1;
        }
        if (n == 2 && regex.value[0] == '\\') {
            char c = regex.value[1];
            boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            return !alnum && !Character.isSurrogate(c) ? c : -1;
        }
        return -1;
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        Iterator<? extends CharSequence> it = elements.iterator();
        while (it.hasNext()) {
            if (!first) {
                sb.append(delimiter);
            }
            sb.append(it.next());
            first = false;
        }
        return sb.toString();
    }

    public String toLowerCase() {
        return toLowerCase0();
    }

    public String toLowerCase(java.util.Locale locale) {
        return toLowerCase0();
    }

    public String toUpperCase() {
        return toUpperCase0();
    }

    public String toUpperCase(java.util.Locale locale) {
        return toUpperCase0();
    }

    private native String toLowerCase0();

    private native String toUpperCase0();

    public String trim() {
        int begin = 0;
        int end = value.length;
        while (begin < end && value[begin] <= ' ') {
            begin++;
        }
        while (end > begin && value[end - 1] <= ' ') {
            end--;
        }
        return substring(begin, end);
    }

    public String strip() {
        int begin = 0;
        int end = value.length;
        while (begin < end && Character.isWhitespace(value[begin])) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(value[end - 1])) {
            end--;
        }
        return substring(begin, end);
    }

    public String stripLeading() {
        int begin = 0;
        while (begin < value.length && Character.isWhitespace(value[begin])) {
            begin++;
        }
        return substring(begin);
    }

    public String stripTrailing() {
        int end = value.length;
        while (end > 0 && Character.isWhitespace(value[end - 1])) {
            end--;
        }
        return substring(0, end);
    }

    public boolean isBlank() {
        for (int i = 0; i < value.length; i++) {
            if (!Character.isWhitespace(value[i])) {
                return false;
            }
        }
        return true;
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        long total = (long) value.length * count;
        if (total > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] r = new char[(int) total];
        for (int i = 0; i < count; i++) {
            System.arraycopy(value, 0, r, i * value.length, value.length);
        }
        return new String(r, false);
    }

    /** The lines of this string (split at \n, \r and \r\n; a final terminator ends the last line). */
    private ArrayList<String> lineList() {
        ArrayList<String> lines = new ArrayList<String>();
        int n = value.length;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && value[end] != '\n' && value[end] != '\r') {
                end++;
            }
            lines.add(substring(start, end));
            if (end < n && value[end] == '\r' && end + 1 < n && value[end + 1] == '\n') {
                end++;
            }
            start = end + 1;
        }
        return lines;
    }

    private static int firstNonWhitespace(String line) {
        int i = 0;
        while (i < line.value.length && Character.isWhitespace(line.value[i])) {
            i++;
        }
        return i;
    }

    /**
     * Each line shifted right by n spaces (n > 0) or left by up to -n
     * leading whitespace chars (n < 0), ending with \n.
     */
    public String indent(int n) {
        if (isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length + 16);
        for (String line : lineList()) {
            if (n > 0) {
                for (int k = 0; k < n; k++) {
                    sb.append(' ');
                }
                sb.append(line);
            } else if (n < 0) {
                sb.append(line, Math.min(-n, firstNonWhitespace(line)), line.length());
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Removes the incidental indentation (the smallest indentation of the
     * non-blank lines and of a blank last line) and trailing whitespace of
     * each line, as text blocks do; line terminators become \n.
     */
    public String stripIndent() {
        int length = value.length;
        if (length == 0) {
            return "";
        }
        char lastChar = value[length - 1];
        boolean endsWithTerminator = lastChar == '\n' || lastChar == '\r';
        ArrayList<String> lines = lineList();
        int outdent = 0;
        if (!endsWithTerminator) {
            outdent = Integer.MAX_VALUE;
            for (String line : lines) {
                int lead = firstNonWhitespace(line);
                if (lead != line.length()) {
                    outdent = Math.min(outdent, lead);
                }
            }
            String last = lines.get(lines.size() - 1);
            if (last.isBlank()) {
                outdent = Math.min(outdent, last.length());
            }
        }
        StringBuilder sb = new StringBuilder(length);
        for (int k = 0; k < lines.size(); k++) {
            if (k > 0) {
                sb.append('\n');
            }
            String line = lines.get(k);
            int first = firstNonWhitespace(line);
            int end = line.length();
            while (end > 0 && Character.isWhitespace(line.value[end - 1])) {
                end--;
            }
            if (first < end) {
                sb.append(line, Math.min(outdent, first), end);
            }
        }
        if (endsWithTerminator) {
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Interprets the escape sequences of string literals (and \ at a line end as a continuation). */
    public String translateEscapes() {
        int n = value.length;
        char[] out = new char[n];
        int j = 0;
        int i = 0;
        while (i < n) {
            char c = value[i++];
            if (c != '\\') {
                out[j++] = c;
                continue;
            }
            c = i < n ? value[i++] : '\0';
            switch (c) {
                case 'b':
                    out[j++] = '\b';
                    break;
                case 'f':
                    out[j++] = '\f';
                    break;
                case 'n':
                    out[j++] = '\n';
                    break;
                case 'r':
                    out[j++] = '\r';
                    break;
                case 's':
                    out[j++] = ' ';
                    break;
                case 't':
                    out[j++] = '\t';
                    break;
                case '\'':
                case '\"':
                case '\\':
                    out[j++] = c;
                    break;
                case '\n':
                    break;
                case '\r':
                    if (i < n && value[i] == '\n') {
                        i++;
                    }
                    break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int limit = c <= '3' ? 2 : 1;
                    int code = c - '0';
                    while (limit-- > 0 && i < n && value[i] >= '0' && value[i] <= '7') {
                        code = code * 8 + (value[i++] - '0');
                    }
                    out[j++] = (char) code;
                    break;
                }
                default:
                    throw new IllegalArgumentException("Invalid escape sequence: \\" + c + " \\\\u"
                            + hex4(c));
            }
        }
        return new String(copyRange(out, 0, j), false);
    }

    private static String hex4(char c) {
        String h = Integer.toHexString(c).toUpperCase();
        return "0000".substring(h.length()) + h;
    }

    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    public String toString() {
        return this;
    }

    public char[] toCharArray() {
        return value.clone();
    }

    public static String format(String format, Object... args) {
        return Formatter.formatToString(format, args);
    }

    public static String format(java.util.Locale l, String format, Object... args) {
        return Formatter.formatToString(format, args);
    }

    public String formatted(Object... args) {
        return Formatter.formatToString(this, args);
    }

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        return new String(new char[] {c}, false);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    public native String intern();

    /** The lines of this string, split at \n, \r and \r\n (without the terminators). */
    public java.util.stream.Stream<String> lines() {
        return jdk.internal.stream.RefPipeline.lines(this);
    }

    public String(byte[] bytes, java.nio.charset.Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, int offset, int length, java.nio.charset.Charset charset) {
        if (charset == null) {
            throw new NullPointerException("charset");
        }
        checkBoundsOffCount(offset, length, bytes.length);
        this.value = sun.nio.cs.StandardCharset.decode(charset, bytes, offset, length);
    }

    public String(byte[] bytes, int offset, int length, String charsetName) throws java.io.UnsupportedEncodingException {
        this(bytes, offset, length, charsetFor(charsetName));
    }

    public byte[] getBytes(java.nio.charset.Charset charset) {
        if (charset == null) {
            throw new NullPointerException();
        }
        return sun.nio.cs.StandardCharset.encode(charset, value, 0, value.length);
    }

    /** The charset called {@code charsetName}, as the String(byte[], ..., String) constructors look it up. */
    private static java.nio.charset.Charset charsetFor(String charsetName) throws java.io.UnsupportedEncodingException {
        if (charsetName == null) {
            throw new NullPointerException("charsetName");
        }
        java.nio.charset.Charset cs = sun.nio.cs.StandardCharset.lookup(charsetName);
        if (cs == null) {
            throw new java.io.UnsupportedEncodingException(charsetName);
        }
        return cs;
    }
}
