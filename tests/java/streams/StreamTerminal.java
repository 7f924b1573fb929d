// Checks terminal operations: forEach, forEachOrdered, reduce (identity,
// Optional form, three-argument form with combiner), collect (3-arg form with
// StringBuilder and ArrayList), count, min, max, findFirst, findAny, toArray
// (Object[] and with generator, ArrayStoreException on a wrong generator),
// toList (unmodifiable), iterator, and Optional results on empty streams.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class StreamTerminal {
    public static void main(String[] args) {
        List<Integer> nums = List.of(4, 7, 1, 9, 3, 7);
        StringBuilder sb = new StringBuilder();
        nums.stream().forEach(n -> sb.append(n).append(';'));
        System.out.println("forEach: " + sb);
        sb.setLength(0);
        nums.stream().forEachOrdered(n -> sb.append('<').append(n).append('>'));
        System.out.println("forEachOrdered: " + sb);

        System.out.println("reduce identity sum: " + nums.stream().reduce(0, Integer::sum));
        System.out.println("reduce identity product: " + nums.stream().reduce(1, (a, b) -> a * b));
        System.out.println("reduce identity empty: " + Stream.<Integer>empty().reduce(100, Integer::sum));
        System.out.println("reduce optional max: " + nums.stream().reduce(Integer::max));
        System.out.println("reduce optional empty: " + Stream.<Integer>empty().reduce(Integer::max));
        System.out.println("reduce optional single: " + Stream.of(5).reduce((a, b) -> { throw new AssertionError(); }));
        System.out.println("reduce string concat: " + Stream.of("x", "y", "z").reduce("", (a, b) -> a + b));
        System.out.println("reduce left fold: " + Stream.of("1", "2", "3").reduce((a, b) -> "(" + a + "-" + b + ")").get());
        System.out.println("reduce 3-arg length sum: " + Stream.of("abc", "de", "f").reduce(0, (acc, s) -> acc + s.length(), Integer::sum));
        System.out.println("IntStream reduce: " + IntStream.rangeClosed(1, 5).reduce(0, (a, b) -> a * 2 + b));
        System.out.println("IntStream reduce optional: " + IntStream.of(3, 9, 2).reduce(Math::min));
        System.out.println("IntStream reduce empty: " + IntStream.empty().reduce(Math::min));

        StringBuilder collected = Stream.of("red", "green", "blue").collect(StringBuilder::new, (b, s) -> b.append(s.charAt(0)), StringBuilder::append);
        System.out.println("collect 3-arg StringBuilder: " + collected);
        ArrayList<Integer> al = nums.stream().collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println("collect 3-arg ArrayList: " + al + " " + al.getClass().getSimpleName());
        StringBuilder fromInts = IntStream.range(0, 5).collect(StringBuilder::new, (b, i) -> b.append(i * i).append(' '), StringBuilder::append);
        System.out.println("IntStream collect: [" + fromInts + "]");

        System.out.println("count: " + nums.stream().count() + " filtered: " + nums.stream().filter(n -> n > 5).count());
        System.out.println("min: " + nums.stream().min(Comparator.naturalOrder()));
        System.out.println("max: " + nums.stream().max(Integer::compare));
        System.out.println("min by length: " + Stream.of("ccc", "a", "bb", "d").min(Comparator.comparingInt(String::length)));
        System.out.println("max by length (ties keep first): " + Stream.of("aa", "bb", "c").max(Comparator.comparingInt(String::length)));
        System.out.println("min by length (ties keep first): " + Stream.of("aa", "bb", "c", "d").min(Comparator.comparingInt(String::length)));
        System.out.println("min empty: " + Stream.<String>empty().min(Comparator.naturalOrder()));
        System.out.println("findFirst: " + nums.stream().findFirst());
        System.out.println("findAny sequential: " + nums.stream().findAny());
        System.out.println("findFirst filtered: " + nums.stream().filter(n -> n > 7).findFirst());
        System.out.println("findFirst none: " + nums.stream().filter(n -> n > 70).findFirst().isPresent());
        System.out.println("findFirst orElse: " + nums.stream().filter(n -> n > 70).findFirst().orElse(-1));
        try {
            Stream.of("a", null).findFirst();
            System.out.println("findFirst with null later: ok");
            Stream.of((String) null, "b").findFirst();
        } catch (NullPointerException e) {
            System.out.println("findFirst null element: NullPointerException");
        }

        Object[] objs = Stream.of("p", "q").toArray();
        System.out.println("toArray(): " + objs.getClass().getSimpleName() + " " + Arrays.toString(objs));
        String[] strs = Stream.of("p", "q", "r").toArray(String[]::new);
        System.out.println("toArray(String[]::new): " + strs.getClass().getSimpleName() + " " + Arrays.toString(strs));
        Integer[] boxed = IntStream.range(0, 3).boxed().toArray(Integer[]::new);
        System.out.println("boxed toArray: " + boxed.getClass().getSimpleName() + " " + Arrays.toString(boxed));
        System.out.println("empty toArray length: " + Stream.empty().toArray().length);
        try {
            Object[] bad = Stream.of("s", "t").toArray(Integer[]::new);
            System.out.println("unexpected " + bad.length);
        } catch (ArrayStoreException e) {
            System.out.println("wrong generator: ArrayStoreException");
        }

        List<Integer> toList = nums.stream().map(n -> n * 2).toList();
        System.out.println("toList: " + toList);
        try {
            toList.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("toList is unmodifiable: " + e.getClass().getSimpleName());
        }
        List<String> withNull = Stream.of("a", null, "c").toList();
        System.out.println("toList allows null: " + withNull + " size " + withNull.size());
        List<Integer> cl = nums.stream().collect(Collectors.toList());
        cl.add(99);
        System.out.println("Collectors.toList is modifiable: " + cl);

        Iterator<String> iter = Stream.of("i1", "i2", "i3").map(String::toUpperCase).iterator();
        StringBuilder ib = new StringBuilder();
        while (iter.hasNext()) ib.append(iter.next()).append(' ');
        System.out.println("iterator: " + ib.toString().trim());
        Optional<String> opt = Stream.of("m", "n").filter(s -> s.equals("n")).findFirst();
        System.out.println("optional map: " + opt.map(s -> s + "!").orElse("none") + " " + opt.isPresent() + " " + opt.get());
    }
}
