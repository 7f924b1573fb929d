// Checks the default and static combinators of the generic functional
// interfaces (Function.andThen/compose/identity, Predicate.and/or/negate/
// not/isEqual with short-circuiting, BinaryOperator.minBy/maxBy,
// UnaryOperator.identity, Consumer.andThen, Supplier), Comparator lambdas
// and comparing/thenComparing/reversed/nullsFirst, Runnable and Callable.
import java.util.*;
import java.util.concurrent.Callable;
import java.util.function.*;

public class FunctionalCombinators {
    static final StringBuilder trace = new StringBuilder();

    static class Person {
        final String name;
        final int age;
        final String city;
        Person(String name, int age, String city) { this.name = name; this.age = age; this.city = city; }
        String getName() { return name; }
        int getAge() { return age; }
        String getCity() { return city; }
        @Override public String toString() { return name + "(" + age + "," + city + ")"; }
    }

    public static void main(String[] args) throws Exception {
        Function<Integer, Integer> plus2 = x -> x + 2;
        Function<Integer, Integer> times3 = x -> x * 3;
        System.out.println("andThen: " + plus2.andThen(times3).apply(4));
        System.out.println("compose: " + plus2.compose(times3).apply(4));
        Function<Integer, String> chain = plus2.andThen(times3).andThen(Object::toString).andThen(s -> s + "!");
        System.out.println("chain: " + chain.apply(1));
        Function<String, String> id = Function.identity();
        System.out.println("identity: " + id.apply("same") + " sameObject=" + (id.apply("x") == "x"));
        UnaryOperator<String> uid = UnaryOperator.identity();
        System.out.println("UnaryOperator.identity: " + uid.apply("u"));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println("BiFunction.andThen: " + add.andThen(x -> x * x).apply(2, 3));

        Predicate<String> notEmpty = s -> { trace.append("notEmpty(" + s + ");"); return !s.isEmpty(); };
        Predicate<String> shortStr = s -> { trace.append("short(" + s + ");"); return s.length() < 4; };
        String[] inputs = {"", "abc", "abcdef"};
        for (String in : inputs) {
            trace.setLength(0);
            boolean and = notEmpty.and(shortStr).test(in);
            boolean or = notEmpty.or(shortStr).test(in);
            boolean neg = notEmpty.negate().test(in);
            System.out.println("'" + in + "' and=" + and + " or=" + or + " negate=" + neg + " trace=" + trace);
        }
        Predicate<String> isNull = Objects::isNull;
        Predicate<String> notNull = Predicate.not(isNull);
        Predicate<Object> eqFoo = Predicate.isEqual("foo");
        Predicate<Object> eqNull = Predicate.isEqual(null);
        System.out.println("not: " + notNull.test(null) + " " + notNull.test("x") + " isEqual: " + eqFoo.test("foo") + " "
                + eqFoo.test("bar") + " " + eqFoo.test(null) + " " + eqNull.test(null) + " " + eqNull.test("x"));

        BinaryOperator<String> shorter = BinaryOperator.minBy(Comparator.comparingInt(String::length));
        BinaryOperator<String> longer = BinaryOperator.maxBy(Comparator.comparingInt(String::length));
        System.out.println("minBy: " + shorter.apply("aaa", "bb") + " maxBy: " + longer.apply("aaa", "bb") + " tie: " + shorter.apply("x", "y") + longer.apply("x", "y"));

        List<String> log = new ArrayList<>();
        Consumer<String> first = s -> log.add("first:" + s);
        Consumer<String> second = s -> log.add("second:" + s);
        first.andThen(second).andThen(first).accept("v");
        System.out.println("Consumer.andThen: " + log);

        // Comparators
        List<Person> people = new ArrayList<>(List.of(
                new Person("Carol", 35, "Oslo"), new Person("alice", 30, "Rome"), new Person("Bob", 30, "Oslo"),
                new Person("dave", 25, "Rome"), new Person("Eve", 35, "Bern")));
        people.sort((a, b) -> a.age - b.age);
        System.out.println("by age (stable): " + people);
        people.sort(Comparator.comparing(Person::getName));
        System.out.println("by name: " + people);
        people.sort(Comparator.comparing(Person::getName, String.CASE_INSENSITIVE_ORDER));
        System.out.println("by name ci: " + people);
        people.sort(Comparator.comparing(Person::getCity).thenComparing(Person::getAge, Comparator.reverseOrder()).thenComparing(Person::getName));
        System.out.println("city, age desc, name: " + people);
        people.sort(Comparator.comparingInt(Person::getAge).reversed().thenComparing(p -> p.name.toLowerCase()));
        System.out.println("age desc, name lower: " + people);
        List<String> withNulls = new ArrayList<>(Arrays.asList("b", null, "a", null, "c"));
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println("nullsFirst: " + withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println("nullsLast reverse: " + withNulls);
        Comparator<int[]> byLenThenFirst = Comparator.<int[]>comparingInt(a -> a.length).thenComparingInt(a -> a[0]);
        List<int[]> arrs = new ArrayList<>(List.of(new int[] {5, 1}, new int[] {2}, new int[] {3, 0}, new int[] {1, 1, 1}));
        arrs.sort(byLenThenFirst);
        StringBuilder sb = new StringBuilder();
        for (int[] a : arrs) sb.append(Arrays.toString(a));
        System.out.println("int[] comparator: " + sb);
        Comparator<Double> dcmp = Double::compare;
        List<Double> ds = new ArrayList<>(List.of(0.0, -0.0, Double.NaN, -1.5, Double.NEGATIVE_INFINITY));
        ds.sort(dcmp);
        System.out.println("Double::compare sort: " + ds);
        System.out.println("max by comparator: " + Collections.max(List.of("pear", "fig", "banana"), Comparator.comparingInt(String::length)));

        // Runnable and Callable
        int[] runs = {0};
        Runnable r = () -> runs[0]++;
        r.run();
        Runnable composite = () -> { r.run(); r.run(); };
        composite.run();
        System.out.println("runs: " + runs[0]);
        Callable<String> call = () -> "called " + runs[0];
        System.out.println("Callable: " + call.call());
        Callable<Integer> thrower = () -> { throw new java.io.IOException("io failure"); };
        try {
            thrower.call();
        } catch (java.io.IOException e) {
            System.out.println("Callable threw: " + e);
        }
        Callable<Object> fromRunnable = java.util.concurrent.Executors.callable(r, "result");
        System.out.println("Executors.callable: " + fromRunnable.call() + " runs=" + runs[0]);
        Supplier<List<String>> sup = ArrayList::new;
        List<String> got = sup.get();
        got.add("s");
        System.out.println("Supplier: " + got);
        Optional<String> opt = Optional.of("value");
        System.out.println("Optional.map: " + opt.map(String::toUpperCase).filter(s -> s.startsWith("V")).orElse("none")
                + " " + Optional.<String>empty().map(String::length).orElseGet(() -> -1));
    }
}
