// Checks record constructors and members: compact canonical constructors
// with validation and normalisation, explicit canonical constructors,
// additional constructors delegating with this(...), custom accessors (used
// by neither toString nor equals, which read the fields), static factory
// methods, static fields and nested types in records, and defensive copies.
import java.util.*;

public class RecordConstructors {
    record Range(int lo, int hi) {
        Range {
            if (lo > hi) throw new IllegalArgumentException(String.format("(%d,%d)", lo, hi));
        }
        Range(int single) { this(single, single); }
        int length() { return hi - lo; }
        boolean contains(int v) { return lo <= v && v <= hi; }
        static Range of(int a, int b) { return a <= b ? new Range(a, b) : new Range(b, a); }
    }

    record Name(String first, String last) {
        Name {
            Objects.requireNonNull(first, "first");
            first = first.trim();
            last = last == null ? "" : last.trim().toUpperCase();
        }
    }

    record Temperature(double celsius) {
        static int created = 0;
        static final Temperature FREEZING = new Temperature(0);
        Temperature(double celsius) {
            if (Double.isNaN(celsius)) throw new IllegalArgumentException("NaN temperature");
            this.celsius = Math.round(celsius * 10) / 10.0;
            created++;
        }
        static Temperature fahrenheit(double f) { return new Temperature((f - 32) * 5 / 9); }
        double fahrenheit() { return celsius * 9 / 5 + 32; }
    }

    record Secret(String user, String password) {
        @Override public String password() { return "*".repeat(password.length()); }
        @Override public String toString() { return "Secret[user=" + user + "]"; }
    }

    record Loud(String word) {
        public String word() { return word.toUpperCase() + "!"; }
    }

    record Bag(List<String> items) {
        Bag { items = List.copyOf(items); }
        Bag(String... items) { this(Arrays.asList(items)); }
        int size() { return items.size(); }
    }

    record Money(long cents) implements Comparable<Money> {
        enum Currency { EUR, USD }
        static Money parse(String s) {
            String[] parts = s.split("\\.");
            return new Money(Long.parseLong(parts[0]) * 100 + Long.parseLong(parts[1]));
        }
        Money plus(Money o) { return new Money(cents + o.cents); }
        @Override public int compareTo(Money o) { return Long.compare(cents, o.cents); }
        @Override public String toString() { return cents / 100 + "." + String.format("%02d", cents % 100); }
    }

    static void tryRange(int lo, int hi) {
        try {
            Range r = new Range(lo, hi);
            System.out.println("ok: " + r + " length=" + r.length() + " contains(5)=" + r.contains(5));
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        tryRange(1, 10);
        tryRange(5, 5);
        tryRange(10, 1);
        System.out.println("single: " + new Range(7) + " factory: " + Range.of(9, 3));

        Name n = new Name("  Ada ", " lovelace ");
        System.out.println(n + " first='" + n.first() + "' last='" + n.last() + "'");
        System.out.println("normalised equals: " + n.equals(new Name("Ada", "LOVELACE")));
        System.out.println("null last: " + new Name("Alan", null));
        try {
            new Name(null, "x");
        } catch (NullPointerException e) {
            System.out.println("null first: NPE " + e.getMessage());
        }

        System.out.println("FREEZING: " + Temperature.FREEZING + " created=" + Temperature.created);
        Temperature t = Temperature.fahrenheit(100);
        System.out.println(t + " f=" + t.fahrenheit() + " created=" + Temperature.created);
        System.out.println("rounded equal: " + new Temperature(21.04).equals(new Temperature(20.96)));
        try {
            new Temperature(Double.NaN);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage() + " created=" + Temperature.created);
        }

        Secret s1 = new Secret("bob", "hunter2");
        System.out.println(s1 + " password()=" + s1.password());
        System.out.println("equals uses fields, not accessor: " + s1.equals(new Secret("bob", "*******")) + " " + s1.equals(new Secret("bob", "hunter2")));
        Loud loud = new Loud("hey");
        System.out.println("custom accessor: " + loud.word() + " toString uses field: " + loud);

        List<String> src = new ArrayList<>(List.of("x", "y"));
        Bag bag = new Bag(src);
        src.add("z");
        System.out.println("defensive copy: " + bag + " size=" + bag.size());
        try {
            bag.items().add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("immutable items: UnsupportedOperationException");
        }
        System.out.println("varargs ctor: " + new Bag("p", "q", "r") + " empty: " + new Bag());

        Money a = Money.parse("12.05");
        Money b = Money.parse("0.99");
        System.out.println("money: " + a + " + " + b + " = " + a.plus(b) + " cmp=" + a.compareTo(b) + " cents=" + a.plus(b).cents());
        List<Money> wallet = new ArrayList<>(List.of(a, b, new Money(500), Money.parse("3.10")));
        Collections.sort(wallet);
        System.out.println("sorted: " + wallet + " currency: " + Money.Currency.USD);
    }
}
