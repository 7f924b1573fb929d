// Checks java.util.Optional and OptionalInt/OptionalLong/OptionalDouble: of/ofNullable/
// empty, isPresent/isEmpty, get on empty (NoSuchElementException "No value present"),
// map/flatMap/filter/or, orElse/orElseGet/orElseThrow (with and without a
// supplier and message), ifPresent/ifPresentOrElse, toString formats, equals/hashCode,
// and Optional.of(null) NPE.
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

public class OptionalOps {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("hello");
        Optional<String> none = Optional.empty();
        Optional<String> fromNull = Optional.ofNullable(null);
        Optional<String> fromValue = Optional.ofNullable("x");
        System.out.println(some + " " + none + " " + fromNull + " " + fromValue);
        System.out.println("isPresent " + some.isPresent() + " " + none.isPresent() + " isEmpty " + some.isEmpty() + " " + none.isEmpty());
        System.out.println("get " + some.get());
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("empty get: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("empty orElseThrow(): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("missing greeting"));
        } catch (IllegalStateException e) {
            System.out.println("orElseThrow(supplier): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("Optional.of(null): " + e.getClass().getName());
        }
        System.out.println("orElseThrow on value " + some.orElseThrow() + " " + some.orElseThrow(IllegalStateException::new));
        System.out.println("map length " + some.map(String::length) + " empty map " + none.map(String::length)
                + " map to null " + some.map(s -> (String) null));
        System.out.println("flatMap parse " + Optional.of("42").flatMap(OptionalOps::parse) + " bad " + Optional.of("4x2").flatMap(OptionalOps::parse));
        System.out.println("filter " + some.filter(s -> s.startsWith("h")) + " " + some.filter(s -> s.length() > 10) + " " + none.filter(s -> true));
        System.out.println("orElse " + some.orElse("other") + " " + none.orElse("other") + " orElse(null) " + none.orElse(null));
        int[] calls = {0};
        String r1 = some.orElseGet(() -> { calls[0]++; return "lazy"; });
        String r2 = none.orElseGet(() -> { calls[0]++; return "lazy"; });
        System.out.println("orElseGet " + r1 + " " + r2 + " supplier calls " + calls[0]);
        System.out.println("or " + none.or(() -> Optional.of("alt")) + " " + some.or(() -> Optional.of("alt")));
        some.ifPresent(s -> System.out.println("ifPresent saw " + s));
        none.ifPresent(s -> System.out.println("never printed"));
        some.ifPresentOrElse(s -> System.out.println("ifPresentOrElse value " + s), () -> System.out.println("ifPresentOrElse empty"));
        none.ifPresentOrElse(s -> System.out.println("ifPresentOrElse value " + s), () -> System.out.println("ifPresentOrElse empty"));
        System.out.println("equals " + some.equals(Optional.of("hello")) + " " + none.equals(Optional.empty()) + " " + some.equals(none)
                + " same empty " + (Optional.<String>empty() == none));
        System.out.println("hashCode " + some.hashCode() + " " + none.hashCode() + " " + Optional.of(17).hashCode());
        Optional<Optional<String>> nested = Optional.of(some);
        System.out.println("nested " + nested + " flattened " + nested.flatMap(o -> o));
        Optional<Integer> chain = Optional.of("  12 ").map(String::trim).flatMap(OptionalOps::parse).filter(n -> n % 2 == 0).map(n -> n * 10);
        System.out.println("chain " + chain);

        OptionalInt oi = OptionalInt.of(5);
        OptionalInt oie = OptionalInt.empty();
        System.out.println(oi + " " + oie + " getAsInt " + oi.getAsInt() + " orElse " + oie.orElse(-1) + " orElseGet " + oie.orElseGet(() -> 99)
                + " isPresent " + oi.isPresent() + " isEmpty " + oie.isEmpty());
        try {
            oie.getAsInt();
        } catch (NoSuchElementException e) {
            System.out.println("OptionalInt empty: " + e.getMessage());
        }
        OptionalLong ol = OptionalLong.of(1L << 40);
        System.out.println(ol + " " + OptionalLong.empty() + " getAsLong " + ol.getAsLong() + " equals " + ol.equals(OptionalLong.of(1L << 40)) + " hash " + ol.hashCode());
        OptionalDouble od = OptionalDouble.of(2.5);
        System.out.println(od + " " + OptionalDouble.empty() + " getAsDouble " + od.getAsDouble() + " NaN " + OptionalDouble.of(Double.NaN)
                + " NaN equals " + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN)) + " -0 equals 0 " + OptionalDouble.of(-0.0).equals(OptionalDouble.of(0.0)));
        oi.ifPresent(v -> System.out.println("OptionalInt ifPresent " + v));
        oie.ifPresentOrElse(v -> System.out.println("value"), () -> System.out.println("OptionalInt empty branch"));
        try {
            OptionalDouble.empty().orElseThrow(() -> new IllegalArgumentException("no double"));
        } catch (IllegalArgumentException e) {
            System.out.println("OptionalDouble orElseThrow: " + e.getMessage());
        }
        System.out.println("OptionalInt equals " + oi.equals(OptionalInt.of(5)) + " " + oi.equals(oie) + " hashCode " + oi.hashCode() + " " + oie.hashCode()
                + " OptionalDouble hashCode " + od.hashCode() + " orElseThrow " + oi.orElseThrow());
    }
}
