// Checks java.util.Comparator combinators: comparing(keyExtractor) and
// comparing(key, keyComparator), comparingInt/Long/Double, every thenComparing
// overload (Comparator, key, key+comparator, Int/Long/Double), reversed (on a chain
// and on a single key), naturalOrder/reverseOrder, nullsFirst/nullsLast (with
// null elements and null keys), and multi-key sorting of records.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class ComparatorCombinators {
    record Emp(String name, String dept, int age, long salary, double rating) {
        @Override
        public String toString() {
            return name + "/" + dept + "/" + age + "/" + salary + "/" + rating;
        }
    }

    static <T> String sorted(List<T> in, Comparator<? super T> c) {
        List<T> copy = new ArrayList<>(in);
        copy.sort(c);
        return copy.toString();
    }

    static String sign(int v) {
        return v < 0 ? "<" : v > 0 ? ">" : "=";
    }

    public static void main(String[] args) {
        List<Emp> emps = List.of(
                new Emp("Zoe", "eng", 31, 120000L, 4.5),
                new Emp("adam", "ops", 45, 90000L, 3.9),
                new Emp("Bea", "eng", 28, 120000L, 4.8),
                new Emp("carl", "sales", 31, 70000L, 3.9),
                new Emp("Dana", "ops", 28, 95000L, 4.1),
                new Emp("eve", "eng", 45, 150000L, 4.5),
                new Emp("Finn", "sales", 22, 70000L, 2.7));
        System.out.println("comparing(name)              " + sorted(emps, Comparator.comparing(Emp::name)));
        System.out.println("comparing(name, CI)          " + sorted(emps, Comparator.comparing(Emp::name, String.CASE_INSENSITIVE_ORDER)));
        System.out.println("comparing(name, reverse)     " + sorted(emps, Comparator.comparing(Emp::name, Comparator.reverseOrder())));
        System.out.println("comparingInt(age)            " + sorted(emps, Comparator.comparingInt(Emp::age)));
        System.out.println("comparingLong(salary)        " + sorted(emps, Comparator.comparingLong(Emp::salary)));
        System.out.println("comparingDouble(rating)      " + sorted(emps, Comparator.comparingDouble(Emp::rating)));
        System.out.println("dept,thenComparing(name)     " + sorted(emps, Comparator.comparing(Emp::dept).thenComparing(Emp::name)));
        System.out.println("dept,then(key,CI)            " + sorted(emps, Comparator.comparing(Emp::dept).thenComparing(Emp::name, String.CASE_INSENSITIVE_ORDER)));
        System.out.println("dept,then(Comparator age)    " + sorted(emps, Comparator.comparing(Emp::dept).thenComparing(Comparator.comparingInt(Emp::age))));
        System.out.println("age,thenComparingLong desc   " + sorted(emps, Comparator.comparingInt(Emp::age).thenComparing(Comparator.comparingLong(Emp::salary).reversed())));
        System.out.println("salary,thenComparingDouble   " + sorted(emps, Comparator.comparingLong(Emp::salary).thenComparingDouble(Emp::rating)));
        System.out.println("rating,thenComparingInt,Long " + sorted(emps, Comparator.comparingDouble(Emp::rating).thenComparingInt(Emp::age).thenComparingLong(Emp::salary)));
        System.out.println("(dept,age).reversed()        " + sorted(emps, Comparator.comparing(Emp::dept).thenComparingInt(Emp::age).reversed()));
        System.out.println("dept, age reversed only      " + sorted(emps, Comparator.comparing(Emp::dept).thenComparing(Comparator.comparingInt(Emp::age).reversed())));
        System.out.println("rating desc,name             " + sorted(emps, Comparator.comparingDouble(Emp::rating).reversed().thenComparing(Emp::name)));

        List<String> words = Arrays.asList("pear", "Fig", "apple", "fig", "Banana", "kiwi");
        System.out.println("naturalOrder  " + sorted(words, Comparator.naturalOrder()));
        System.out.println("reverseOrder  " + sorted(words, Comparator.reverseOrder()));
        System.out.println("natural.reversed == reverseOrder " + (Comparator.<String>naturalOrder().reversed() == Comparator.<String>reverseOrder())
                + " reverseOrder.reversed == naturalOrder " + (Comparator.<String>reverseOrder().reversed() == Comparator.<String>naturalOrder()));
        System.out.println("length,then natural " + sorted(words, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())));
        System.out.println("CI then natural     " + sorted(words, String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder())));

        List<String> withNulls = Arrays.asList("m", null, "b", "z", null, "a");
        System.out.println("nullsFirst natural  " + sorted(withNulls, Comparator.nullsFirst(Comparator.naturalOrder())));
        System.out.println("nullsLast natural   " + sorted(withNulls, Comparator.nullsLast(Comparator.naturalOrder())));
        System.out.println("nullsFirst reverse  " + sorted(withNulls, Comparator.nullsFirst(Comparator.reverseOrder())));
        System.out.println("nullsLast reversed  " + sorted(withNulls, Comparator.nullsLast(Comparator.<String>naturalOrder()).reversed()));
        System.out.println("nullsFirst(null) keeps order " + sorted(withNulls, Comparator.nullsFirst(null)));
        List<Emp> nullKeys = new ArrayList<>();
        nullKeys.add(new Emp("x", null, 1, 1L, 1.0));
        nullKeys.add(new Emp("y", "b", 2, 2L, 2.0));
        nullKeys.add(new Emp("z", null, 3, 3L, 3.0));
        nullKeys.add(new Emp("w", "a", 4, 4L, 4.0));
        System.out.println("null keys last      " + sorted(nullKeys, Comparator.comparing(Emp::dept, Comparator.nullsLast(Comparator.naturalOrder()))));
        System.out.println("null keys first,age desc " + sorted(nullKeys, Comparator.comparing(Emp::dept, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(Emp::age, Comparator.reverseOrder())));
        try {
            sorted(nullKeys, Comparator.comparing(Emp::dept));
        } catch (NullPointerException e) {
            System.out.println("comparing with null key: " + e.getClass().getName());
        }

        Comparator<String> byLen = Comparator.comparingInt(String::length);
        System.out.println("compare signs " + sign(byLen.compare("aa", "b")) + sign(byLen.compare("a", "bb")) + sign(byLen.compare("ab", "cd"))
                + sign(byLen.reversed().compare("aa", "b")) + sign(Comparator.<Integer>naturalOrder().compare(3, 7))
                + sign(Comparator.<Integer>reverseOrder().compare(3, 7)) + sign(Comparator.comparingDouble((Double d) -> d).compare(-0.0, 0.0))
                + sign(Comparator.comparingDouble((Double d) -> d).compare(Double.NaN, 1.0)));
        Integer[] ints = {3, -1, 4, -1, 5, -9, 2, 6};
        Arrays.sort(ints, Comparator.comparingInt((Integer i) -> Math.abs(i)).thenComparing(Comparator.reverseOrder()));
        System.out.println("abs then reverse " + Arrays.toString(ints));
        Integer[] ints2 = {3, -1, 4, -1, 5, -9, 2, 6};
        Arrays.sort(ints2, Comparator.comparing(i -> i % 3));
        System.out.println("by i%3 (stable) " + Arrays.toString(ints2));
        System.out.println("max by salary then name " + java.util.Collections.max(emps, Comparator.comparingLong(Emp::salary).thenComparing(Emp::name))
                + " min by age then rating desc " + java.util.Collections.min(emps, Comparator.comparingInt(Emp::age).thenComparing(Emp::rating, Comparator.reverseOrder())));
    }
}
