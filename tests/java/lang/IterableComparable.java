// Checks user classes implementing Iterable (for-each over a custom
// iterator, forEach default method, remove() default throwing
// UnsupportedOperationException, spliterator-based stream) and Comparable
// (Arrays.sort and Collections.sort stability, compareTo consistency,
// Comparator.reverseOrder/naturalOrder, binarySearch, max/min), plus
// Number subclasses' xxxValue conversions.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.StreamSupport;

public class IterableComparable {
    static final class Range implements Iterable<Integer> {
        final int from, to, step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<Integer>() {
                int next = from;

                public boolean hasNext() {
                    return step > 0 ? next < to : next > to;
                }

                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted at " + next);
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static final class Version implements Comparable<Version> {
        final int major, minor;
        final String tag;

        Version(int major, int minor, String tag) {
            this.major = major;
            this.minor = minor;
            this.tag = tag;
        }

        public int compareTo(Version o) {
            int c = Integer.compare(major, o.major);
            return c != 0 ? c : Integer.compare(minor, o.minor);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Version && compareTo((Version) o) == 0;
        }

        @Override
        public int hashCode() {
            return major * 31 + minor;
        }

        @Override
        public String toString() {
            return major + "." + minor + tag;
        }
    }

    static final class Fraction extends Number implements Comparable<Fraction> {
        final long num, den;

        Fraction(long num, long den) {
            this.num = num;
            this.den = den;
        }

        public int intValue() {
            return (int) (num / den);
        }

        public long longValue() {
            return num / den;
        }

        public float floatValue() {
            return (float) num / den;
        }

        public double doubleValue() {
            return (double) num / den;
        }

        public int compareTo(Fraction o) {
            return Long.compare(num * o.den, o.num * den);
        }

        public String toString() {
            return num + "/" + den;
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 10, 3)) sb.append(i).append(' ');
        System.out.println("range up: " + sb);
        sb.setLength(0);
        for (Integer i : new Range(5, -5, -4)) sb.append(i).append(' ');
        System.out.println("range down: " + sb);
        sb.setLength(0);
        for (int i : new Range(3, 3, 1)) sb.append(i);
        System.out.println("empty range: [" + sb + "]");
        int[] total = {0};
        new Range(1, 6, 1).forEach(i -> total[0] += i);
        System.out.println("forEach sum " + total[0]);
        Iterator<Integer> it = new Range(0, 2, 1).iterator();
        System.out.println("manual " + it.next() + " " + it.hasNext() + " " + it.next() + " " + it.hasNext());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("NoSuchElementException: " + e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("UnsupportedOperationException: " + e.getMessage());
        }
        System.out.println("stream sum " + StreamSupport.stream(new Range(0, 100, 7).spliterator(), false).mapToInt(Integer::intValue).sum());
        int nested = 0;
        for (int a : new Range(0, 3, 1)) for (int b : new Range(0, a, 1)) nested += a * 10 + b;
        System.out.println("nested " + nested);

        Version[] vs = {new Version(1, 10, "a"), new Version(1, 2, "b"), new Version(0, 9, "c"), new Version(1, 2, "d"),
            new Version(2, 0, "e"), new Version(1, 10, "f"), new Version(0, 9, "g")};
        Version[] sorted = vs.clone();
        Arrays.sort(sorted);
        System.out.println("Arrays.sort (stable) " + Arrays.toString(sorted));
        List<Version> list = new ArrayList<>(Arrays.asList(vs));
        Collections.sort(list);
        System.out.println("Collections.sort " + list);
        list.sort(Collections.reverseOrder());
        System.out.println("reverseOrder " + list);
        list.sort(Comparator.naturalOrder());
        System.out.println("naturalOrder " + list);
        list.sort(Comparator.comparing((Version v) -> v.tag).reversed());
        System.out.println("by tag reversed " + list);
        System.out.println("max " + Collections.max(list) + " min " + Collections.min(list));
        System.out.println("binarySearch 1.2 -> " + Arrays.binarySearch(sorted, new Version(1, 2, "?"))
            + " 1.5 -> " + Arrays.binarySearch(sorted, new Version(1, 5, "?")) + " 3.0 -> " + Arrays.binarySearch(sorted, new Version(3, 0, "?")));
        System.out.println("equals consistent " + new Version(1, 2, "x").equals(new Version(1, 2, "y"))
            + " compareTo " + new Version(0, 1, "").compareTo(new Version(0, 2, "")));
        Arrays.sort(sorted, 1, 4, Collections.reverseOrder());
        System.out.println("partial reverse " + Arrays.toString(sorted));

        Fraction[] fs = {new Fraction(1, 3), new Fraction(-1, 2), new Fraction(7, 4), new Fraction(2, 6), new Fraction(0, 1)};
        Arrays.sort(fs);
        System.out.println("fractions " + Arrays.toString(fs));
        for (Fraction f : fs) {
            Number n = f;
            System.out.println(n + " int " + n.intValue() + " long " + n.longValue() + " float " + n.floatValue()
                + " double " + n.doubleValue() + " byte " + n.byteValue() + " short " + n.shortValue());
        }
        Number[] nums = {(byte) -3, (short) 300, 70000, 1L << 33, 2.75f, -1e10};
        for (Number n : nums) {
            System.out.println(n.getClass().getSimpleName() + " " + n + " -> int " + n.intValue() + " byte " + n.byteValue()
                + " short " + n.shortValue() + " long " + n.longValue() + " float " + n.floatValue() + " double " + n.doubleValue());
        }
        List<Comparable<String>> strs = new ArrayList<>();
        strs.add("pear");
        System.out.println("Comparable<String> " + strs.get(0).compareTo("apple"));
        String[] words = {"banana", "Apple", "cherry", "apple", "Banana"};
        Arrays.sort(words);
        System.out.println("strings natural " + Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println("strings ci " + Arrays.toString(words));
    }
}
