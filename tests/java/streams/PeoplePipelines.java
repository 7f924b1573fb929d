// Realistic pipelines over a list of records: grouping people by city,
// averages and totals per group, sorting with Comparator combinators
// (comparing, thenComparing, reversed, nullsFirst) then limit, top-N per
// group, partitioning by age, nested flatMap over lists of orders,
// and a simple report table printed with printf.
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

public class PeoplePipelines {
    record Order(String item, int quantity, double price) {
        double total() { return quantity * price; }
    }

    record Person(String name, String city, int age, List<Order> orders) {}

    public static void main(String[] args) {
        List<Person> people = List.of(
            new Person("Alice", "Berlin", 34, List.of(new Order("book", 2, 12.5), new Order("pen", 10, 1.2))),
            new Person("Bob", "Paris", 27, List.of(new Order("lamp", 1, 40.0))),
            new Person("Carol", "Berlin", 45, List.of()),
            new Person("Dave", "Oslo", 27, List.of(new Order("book", 1, 12.5), new Order("mug", 3, 7.0), new Order("pen", 2, 1.2))),
            new Person("Eve", "Paris", 52, List.of(new Order("chair", 2, 85.0))),
            new Person("Frank", "Oslo", 19, List.of(new Order("mug", 1, 7.0))),
            new Person("Grace", "Berlin", 27, List.of(new Order("book", 5, 11.0))),
            new Person("Heidi", "Rome", 38, List.of(new Order("pen", 1, 1.2), new Order("lamp", 2, 39.5))));

        System.out.println("first record: " + people.get(1));
        Map<String, List<String>> byCity = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println("names by city: " + byCity);
        Map<String, Double> avgAge = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingInt(Person::age)));
        System.out.println("average age by city: " + avgAge);
        Map<String, Optional<Person>> oldest = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Person::age))));
        oldest.forEach((city, p) -> System.out.println("  oldest in " + city + ": " + p.map(Person::name).orElse("-")));

        List<String> byAgeThenName = people.stream()
            .sorted(Comparator.comparingInt(Person::age).thenComparing(Person::name, Comparator.reverseOrder()))
            .map(p -> p.name() + "(" + p.age() + ")").collect(Collectors.toList());
        System.out.println("by age asc, name desc: " + byAgeThenName);
        System.out.println("3 oldest: " + people.stream().sorted(Comparator.comparingInt(Person::age).reversed()).limit(3).map(Person::name).collect(Collectors.toList()));
        System.out.println("city then age desc: " + people.stream()
            .sorted(Comparator.comparing(Person::city).thenComparing(Comparator.comparingInt(Person::age).reversed()))
            .map(p -> p.city().charAt(0) + ":" + p.name()).collect(Collectors.joining(" ")));
        System.out.println("youngest: " + people.stream().min(Comparator.comparingInt(Person::age).thenComparing(Person::name)).get().name());

        Map<Boolean, List<String>> over30 = people.stream().collect(Collectors.partitioningBy(p -> p.age() > 30, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println("over 30: " + over30);
        Map<Integer, Long> ageCounts = people.stream().collect(Collectors.groupingBy(p -> p.age() / 10 * 10, TreeMap::new, Collectors.counting()));
        System.out.println("decades: " + ageCounts);

        List<Order> allOrders = people.stream().flatMap(p -> p.orders().stream()).collect(Collectors.toList());
        System.out.println("order count: " + allOrders.size());
        Map<String, Integer> qtyByItem = allOrders.stream().collect(Collectors.groupingBy(Order::item, TreeMap::new, Collectors.summingInt(Order::quantity)));
        System.out.println("quantity by item: " + qtyByItem);
        Map<String, Double> revenueByItem = allOrders.stream().collect(Collectors.groupingBy(Order::item, TreeMap::new, Collectors.summingDouble(Order::total)));
        revenueByItem.forEach((k, v) -> System.out.printf("  revenue %-5s %8.2f%n", k, v));
        System.out.printf("total revenue: %.2f%n", allOrders.stream().mapToDouble(Order::total).sum());
        Map<String, Double> spendByCity = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
            Collectors.flatMapping(p -> p.orders().stream(), Collectors.summingDouble(Order::total))));
        System.out.println("spend by city: " + spendByCity);
        System.out.println("buyers of book: " + people.stream().filter(p -> p.orders().stream().anyMatch(o -> o.item().equals("book"))).map(Person::name).collect(Collectors.toList()));
        System.out.println("no orders: " + people.stream().filter(p -> p.orders().isEmpty()).map(Person::name).findFirst().orElse("none"));
        System.out.println("items per person: " + people.stream().collect(Collectors.toMap(Person::name,
            p -> p.orders().stream().map(Order::item).sorted().collect(Collectors.joining("/")), (a, b) -> a, TreeMap::new)));
        System.out.println("top 2 spenders: " + people.stream()
            .sorted(Comparator.comparingDouble((Person p) -> p.orders().stream().mapToDouble(Order::total).sum()).reversed())
            .limit(2).map(Person::name).collect(Collectors.toList()));
        List<String> names = java.util.Arrays.asList("x", null, "b", null, "a");
        System.out.println("nullsFirst: " + names.stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).collect(Collectors.toList()));
        System.out.println("nullsLast reversed: " + names.stream().sorted(Comparator.nullsLast(Comparator.<String>reverseOrder())).collect(Collectors.toList()));

        System.out.println(String.format("%-6s|%-7s|%4s|%7s", "name", "city", "age", "spent"));
        people.stream().sorted(Comparator.comparing(Person::name)).forEach(p ->
            System.out.println(String.format("%-6s|%-7s|%4d|%7.2f", p.name(), p.city(), p.age(), p.orders().stream().mapToDouble(Order::total).sum())));
        System.out.println("record equals: " + people.get(0).orders().get(0).equals(new Order("book", 2, 12.5)) + " " + new Order("pen", 1, 1.2));
        List<List<Integer>> matrix = List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 9));
        System.out.println("flatten matrix: " + matrix.stream().flatMap(List::stream).collect(Collectors.toList()));
        System.out.println("row sums: " + matrix.stream().map(r -> r.stream().mapToInt(Integer::intValue).sum()).collect(Collectors.toList()));
        System.out.println("column sums: " + java.util.stream.IntStream.range(0, 3).map(c -> matrix.stream().mapToInt(r -> r.get(c)).sum()).boxed().collect(Collectors.toList()));
        System.out.println("pairs: " + matrix.get(0).stream().flatMap(a -> matrix.get(1).stream().filter(b -> (a + b) % 2 == 0).map(b -> a + "-" + b)).collect(Collectors.toList()));
    }
}
