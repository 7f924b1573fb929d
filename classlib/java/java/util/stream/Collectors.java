package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Ready-made {@link Collector}s: into collections and maps, joining text,
 * counting, summing, averaging, summarizing, reducing, grouping and
 * partitioning, and adapters (mapping, filtering, flatMapping,
 * collectingAndThen, teeing).
 */
public final class Collectors {

    private static final int NOID = 0;
    private static final int UNORDERED = CollectorImpl.UNORDERED;
    private static final int ID = CollectorImpl.ID;

    private Collectors() {
    }

    private static <T, A, R> Collector<T, A, R> make(Supplier<A> supplier, BiConsumer<A, T> accumulator,
                                                     BinaryOperator<A> combiner, Function<A, R> finisher, int bits) {
        return new CollectorImpl<>(supplier, accumulator, combiner, finisher, CollectorImpl.Chars.of(bits));
    }

    private static <T, R> Collector<T, R, R> make(Supplier<R> supplier, BiConsumer<R, T> accumulator,
                                                  BinaryOperator<R> combiner, int bits) {
        return new CollectorImpl<>(supplier, accumulator, combiner, bits);
    }

    // ---- collections ----

    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        Objects.requireNonNull(collectionFactory);
        return make(collectionFactory, Collection<T>::add, (r1, r2) -> {
            r1.addAll(r2);
            return r1;
        }, NOID);
    }

    public static <T> Collector<T, ?, List<T>> toList() {
        return make(ArrayList::new, List::add, (left, right) -> {
            left.addAll(right);
            return left;
        }, NOID);
    }

    /** An unmodifiable list; null elements are rejected with NullPointerException. */
    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return Collectors.<T, List<T>, List<T>>make(ArrayList::new, List::add, (left, right) -> {
            left.addAll(right);
            return left;
        }, list -> {
            for (T t : list) {
                Objects.requireNonNull(t);
            }
            return Collections.unmodifiableList(list);
        }, NOID);
    }

    public static <T> Collector<T, ?, Set<T>> toSet() {
        return make(HashSet::new, Set::add, (left, right) -> {
            if (left.size() < right.size()) {
                right.addAll(left);
                return right;
            }
            left.addAll(right);
            return left;
        }, UNORDERED);
    }

    /** An unmodifiable set; null elements are rejected with NullPointerException. */
    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return Collectors.<T, Set<T>, Set<T>>make(HashSet::new, Set::add, (left, right) -> {
            left.addAll(right);
            return left;
        }, set -> {
            if (set.contains(null)) {
                throw new NullPointerException();
            }
            return Collections.unmodifiableSet(set);
        }, UNORDERED);
    }

    // ---- text ----

    public static Collector<CharSequence, ?, String> joining() {
        return make(StringBuilder::new, StringBuilder::append, (r1, r2) -> {
            r1.append(r2);
            return r1;
        }, StringBuilder::toString, NOID);
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        return make(() -> new StringJoiner(delimiter, prefix, suffix), StringJoiner::add, StringJoiner::merge,
                StringJoiner::toString, NOID);
    }

    // ---- adapters ----

    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper,
                                                         Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new CollectorImpl<>(downstream.supplier(), (A r, T t) -> acc.accept(r, mapper.apply(t)),
                downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, U, A, R> Collector<T, ?, R> flatMapping(Function<? super T, ? extends Stream<? extends U>> mapper,
                                                             Collector<? super U, A, R> downstream) {
        BiConsumer<A, ? super U> acc = downstream.accumulator();
        return new CollectorImpl<>(downstream.supplier(), (A r, T t) -> {
            try (Stream<? extends U> result = mapper.apply(t)) {
                if (result != null) {
                    result.sequential().forEach(u -> acc.accept(r, u));
                }
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate,
                                                        Collector<? super T, A, R> downstream) {
        BiConsumer<A, ? super T> acc = downstream.accumulator();
        return new CollectorImpl<>(downstream.supplier(), (A r, T t) -> {
            if (predicate.test(t)) {
                acc.accept(r, t);
            }
        }, downstream.combiner(), downstream.finisher(), downstream.characteristics());
    }

    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
                                                                    Function<R, RR> finisher) {
        int bits = CollectorImpl.bits(downstream.characteristics()) & ~ID;
        Function<A, R> first = downstream.finisher();
        return new CollectorImpl<>(downstream.supplier(), downstream.accumulator(), downstream.combiner(),
                (A a) -> finisher.apply(first.apply(a)), CollectorImpl.Chars.of(bits));
    }

    // ---- counting, summing, averaging ----

    public static <T> Collector<T, ?, Long> counting() {
        return summingLong(e -> 1L);
    }

    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.minBy(comparator));
    }

    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        return reducing(BinaryOperator.maxBy(comparator));
    }

    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        return make(() -> new int[1], (int[] a, T t) -> {
            a[0] += mapper.applyAsInt(t);
        }, (a, b) -> {
            a[0] += b[0];
            return a;
        }, a -> a[0], NOID);
    }

    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        return make(() -> new long[1], (long[] a, T t) -> {
            a[0] += mapper.applyAsLong(t);
        }, (a, b) -> {
            a[0] += b[0];
            return a;
        }, a -> a[0], NOID);
    }

    /** A compensated (Kahan) sum: a[0] high-order sum, a[1] compensation, a[2] plain sum. */
    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return make(() -> new double[3], (double[] a, T t) -> {
            double val = mapper.applyAsDouble(t);
            addCompensated(a, val);
            a[2] += val;
        }, (a, b) -> {
            addCompensated(a, b[0]);
            addCompensated(a, -b[1]);
            a[2] += b[2];
            return a;
        }, Collectors::finalSum, NOID);
    }

    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        return make(() -> new long[2], (long[] a, T t) -> {
            a[0] += mapper.applyAsInt(t);
            a[1]++;
        }, (a, b) -> {
            a[0] += b[0];
            a[1] += b[1];
            return a;
        }, a -> (a[1] == 0) ? 0.0d : (double) a[0] / a[1], NOID);
    }

    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        return make(() -> new long[2], (long[] a, T t) -> {
            a[0] += mapper.applyAsLong(t);
            a[1]++;
        }, (a, b) -> {
            a[0] += b[0];
            a[1] += b[1];
            return a;
        }, a -> (a[1] == 0) ? 0.0d : (double) a[0] / a[1], NOID);
    }

    /** a[0] high-order sum, a[1] compensation, a[2] count, a[3] plain sum. */
    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return make(() -> new double[4], (double[] a, T t) -> {
            double val = mapper.applyAsDouble(t);
            addCompensated(a, val);
            a[2]++;
            a[3] += val;
        }, (a, b) -> {
            addCompensated(a, b[0]);
            addCompensated(a, -b[1]);
            a[2] += b[2];
            a[3] += b[3];
            return a;
        }, a -> (a[2] == 0) ? 0.0d : (finalSum(a) / a[2]), NOID);
    }

    /** One step of Kahan summation into a[0] (sum) and a[1] (compensation). */
    static void addCompensated(double[] a, double value) {
        double y = value - a[1];
        double s = a[0];
        double r = s + y;
        a[1] = (r - s) - y;
        a[0] = r;
    }

    /** The compensated sum; the plain sum (last slot) if that is infinite and the compensated one NaN. */
    static double finalSum(double[] a) {
        double r = a[0] - a[1];
        double simple = a[a.length - 1];
        if (Double.isNaN(r) && Double.isInfinite(simple)) {
            return simple;
        }
        return r;
    }

    // ---- reducing ----

    @SuppressWarnings("unchecked")
    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        return make(() -> (T[]) new Object[] {identity}, (T[] a, T t) -> {
            a[0] = op.apply(a[0], t);
        }, (a, b) -> {
            a[0] = op.apply(a[0], b[0]);
            return a;
        }, a -> a[0], NOID);
    }

    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return make(() -> new OptionalBox<T>(op), OptionalBox<T>::accept, (a, b) -> {
            if (b.present) {
                a.accept(b.value);
            }
            return a;
        }, a -> Optional.ofNullable(a.value), NOID);
    }

    /** reducing(op)'s container: nothing yet, or the reduction so far. */
    private static final class OptionalBox<T> {
        private final BinaryOperator<T> op;
        T value;
        boolean present;

        OptionalBox(BinaryOperator<T> op) {
            this.op = op;
        }

        void accept(T t) {
            if (present) {
                value = op.apply(value, t);
            } else {
                value = t;
                present = true;
            }
        }
    }

    @SuppressWarnings("unchecked")
    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper, BinaryOperator<U> op) {
        return make(() -> (U[]) new Object[] {identity}, (U[] a, T t) -> {
            a[0] = op.apply(a[0], mapper.apply(t));
        }, (a, b) -> {
            a[0] = op.apply(a[0], b[0]);
            return a;
        }, a -> a[0], NOID);
    }

    // ---- grouping and partitioning ----

    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, toList());
    }

    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
                                                                    Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, HashMap::new, downstream);
    }

    @SuppressWarnings("unchecked")
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(Function<? super T, ? extends K> classifier,
                                                                                 Supplier<M> mapFactory,
                                                                                 Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(classifier);
        Objects.requireNonNull(mapFactory);
        Supplier<A> downstreamSupplier = downstream.supplier();
        BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        BiConsumer<Map<K, A>, T> accumulator = (m, t) -> {
            K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
            A container = m.get(key);
            if (container == null) {
                container = downstreamSupplier.get();
                m.put(key, container);
            }
            downstreamAccumulator.accept(container, t);
        };
        BinaryOperator<A> downstreamCombiner = downstream.combiner();
        BinaryOperator<Map<K, A>> merger = (m1, m2) -> {
            for (Map.Entry<K, A> e : m2.entrySet()) {
                mergeInto(m1, e.getKey(), e.getValue(), downstreamCombiner);
            }
            return m1;
        };
        Supplier<Map<K, A>> mangledFactory = (Supplier<Map<K, A>>) mapFactory;
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return make(mangledFactory, accumulator, merger, CollectorImpl.castingIdentity(), ID);
        }
        Function<A, A> downstreamFinisher = (Function<A, A>) downstream.finisher();
        Function<Map<K, A>, M> finisher = intermediate -> {
            for (Map.Entry<K, A> e : intermediate.entrySet()) {
                e.setValue(downstreamFinisher.apply(e.getValue()));
            }
            return (M) intermediate;
        };
        return make(mangledFactory, accumulator, merger, finisher, NOID);
    }

    /** Map.merge semantics through get/put/remove: value, or f(old, value); a null result removes the key. */
    private static <K, V> void mergeInto(Map<K, V> map, K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        Objects.requireNonNull(value);
        V old = map.get(key);
        V v = (old == null) ? value : f.apply(old, value);
        if (v == null) {
            map.remove(key);
        } else {
            map.put(key, v);
        }
    }

    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, toList());
    }

    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
                                                                           Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(predicate);
        Supplier<A> downstreamSupplier = downstream.supplier();
        BiConsumer<A, ? super T> downstreamAccumulator = downstream.accumulator();
        BiConsumer<Partition<A>, T> accumulator = (result, t) ->
                downstreamAccumulator.accept(predicate.test(t) ? result.forTrue : result.forFalse, t);
        BinaryOperator<A> op = downstream.combiner();
        BinaryOperator<Partition<A>> merger = (left, right) ->
                new Partition<>(op.apply(left.forTrue, right.forTrue), op.apply(left.forFalse, right.forFalse));
        Supplier<Partition<A>> supplier = () -> new Partition<>(downstreamSupplier.get(), downstreamSupplier.get());
        if (downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return make(supplier, accumulator, merger, CollectorImpl.castingIdentity(), ID);
        }
        Function<A, D> downstreamFinisher = downstream.finisher();
        Function<Partition<A>, Map<Boolean, D>> finisher = par ->
                new Partition<>(downstreamFinisher.apply(par.forTrue), downstreamFinisher.apply(par.forFalse));
        return make(supplier, accumulator, merger, finisher, NOID);
    }

    /** partitioningBy's map: always exactly the keys false and true, in that order. */
    private static final class Partition<T> extends AbstractMap<Boolean, T> implements Map<Boolean, T> {
        final T forTrue;
        final T forFalse;

        Partition(T forTrue, T forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        public Set<Map.Entry<Boolean, T>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, T>>() {
                public Iterator<Map.Entry<Boolean, T>> iterator() {
                    return new Iterator<Map.Entry<Boolean, T>>() {
                        private int next;

                        public boolean hasNext() {
                            return next < 2;
                        }

                        public Map.Entry<Boolean, T> next() {
                            switch (next++) {
                                case 0:
                                    return new AbstractMap.SimpleImmutableEntry<>(false, forFalse);
                                case 1:
                                    return new AbstractMap.SimpleImmutableEntry<>(true, forTrue);
                                default:
                                    next = 2;
                                    throw new NoSuchElementException();
                            }
                        }
                    };
                }

                public int size() {
                    return 2;
                }
            };
        }

        public boolean containsKey(Object key) {
            return key instanceof Boolean;
        }

        public T get(Object key) {
            if (key instanceof Boolean) {
                return ((Boolean) key) ? forTrue : forFalse;
            }
            return null;
        }
    }

    // ---- maps ----

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                            Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        return make(HashMap::new, uniqKeysAccumulator(keyMapper, valueMapper), uniqKeysMerger(), ID);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
                                                            Function<? super T, ? extends U> valueMapper,
                                                            BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, HashMap::new);
    }

    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
                                                                         Function<? super T, ? extends U> valueMapper,
                                                                         BinaryOperator<U> mergeFunction,
                                                                         Supplier<M> mapFactory) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        Objects.requireNonNull(mergeFunction);
        Objects.requireNonNull(mapFactory);
        BiConsumer<M, T> accumulator = (map, element) ->
                mergeInto(map, keyMapper.apply(element), valueMapper.apply(element), mergeFunction);
        BinaryOperator<M> merger = (m1, m2) -> {
            for (Map.Entry<K, U> e : m2.entrySet()) {
                mergeInto(m1, e.getKey(), e.getValue(), mergeFunction);
            }
            return m1;
        };
        return make(mapFactory, accumulator, merger, ID);
    }

    /** An unmodifiable map; null keys or values are rejected with NullPointerException. */
    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
                                                                        Function<? super T, ? extends U> valueMapper) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        return collectingAndThen(Collectors.<T, K, U>toMap(keyMapper, valueMapper), Collectors::unmodifiableMap);
    }

    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
                                                                        Function<? super T, ? extends U> valueMapper,
                                                                        BinaryOperator<U> mergeFunction) {
        Objects.requireNonNull(keyMapper, "keyMapper");
        Objects.requireNonNull(valueMapper, "valueMapper");
        Objects.requireNonNull(mergeFunction, "mergeFunction");
        return collectingAndThen(Collectors.<T, K, U, Map<K, U>>toMap(keyMapper, valueMapper, mergeFunction, HashMap::new), Collectors::unmodifiableMap);
    }

    private static <K, U> Map<K, U> unmodifiableMap(Map<K, U> map) {
        if (map.containsKey(null)) {
            throw new NullPointerException();
        }
        return Collections.unmodifiableMap(map);
    }

    private static <T, K, V> BiConsumer<Map<K, V>, T> uniqKeysAccumulator(Function<? super T, ? extends K> keyMapper,
                                                                         Function<? super T, ? extends V> valueMapper) {
        return (map, element) -> {
            K k = keyMapper.apply(element);
            V v = Objects.requireNonNull(valueMapper.apply(element));
            V u = map.putIfAbsent(k, v);
            if (u != null) {
                throw duplicateKey(k, u, v);
            }
        };
    }

    private static <K, V, M extends Map<K, V>> BinaryOperator<M> uniqKeysMerger() {
        return (m1, m2) -> {
            for (Map.Entry<K, V> e : m2.entrySet()) {
                K k = e.getKey();
                V v = Objects.requireNonNull(e.getValue());
                V u = m1.putIfAbsent(k, v);
                if (u != null) {
                    throw duplicateKey(k, u, v);
                }
            }
            return m1;
        };
    }

    private static IllegalStateException duplicateKey(Object k, Object u, Object v) {
        return new IllegalStateException("Duplicate key " + k + " (attempted merging values " + u + " and " + v + ")");
    }

    // ---- statistics ----

    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {
        return make(IntSummaryStatistics::new, (IntSummaryStatistics r, T t) -> r.accept(mapper.applyAsInt(t)), (l, r) -> {
            l.combine(r);
            return l;
        }, NOID);
    }

    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> mapper) {
        return make(LongSummaryStatistics::new, (LongSummaryStatistics r, T t) -> r.accept(mapper.applyAsLong(t)), (l, r) -> {
            l.combine(r);
            return l;
        }, NOID);
    }

    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> mapper) {
        return make(DoubleSummaryStatistics::new, (DoubleSummaryStatistics r, T t) -> r.accept(mapper.applyAsDouble(t)), (l, r) -> {
            l.combine(r);
            return l;
        }, NOID);
    }

    // ---- teeing ----

    /** Feeds every element to both collectors and merges their results. */
    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
                                                          Collector<? super T, ?, R2> downstream2,
                                                          BiFunction<? super R1, ? super R2, R> merger) {
        return teeing0(downstream1, downstream2, merger);
    }

    private static <T, A1, A2, R1, R2, R> Collector<T, ?, R> teeing0(Collector<? super T, A1, R1> downstream1,
                                                                    Collector<? super T, A2, R2> downstream2,
                                                                    BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(downstream1, "downstream1");
        Objects.requireNonNull(downstream2, "downstream2");
        Objects.requireNonNull(merger, "merger");
        Supplier<A1> c1Supplier = Objects.requireNonNull(downstream1.supplier(), "downstream1 supplier");
        Supplier<A2> c2Supplier = Objects.requireNonNull(downstream2.supplier(), "downstream2 supplier");
        BiConsumer<A1, ? super T> c1Accumulator = Objects.requireNonNull(downstream1.accumulator(), "downstream1 accumulator");
        BiConsumer<A2, ? super T> c2Accumulator = Objects.requireNonNull(downstream2.accumulator(), "downstream2 accumulator");
        BinaryOperator<A1> c1Combiner = Objects.requireNonNull(downstream1.combiner(), "downstream1 combiner");
        BinaryOperator<A2> c2Combiner = Objects.requireNonNull(downstream2.combiner(), "downstream2 combiner");
        Function<A1, R1> c1Finisher = Objects.requireNonNull(downstream1.finisher(), "downstream1 finisher");
        Function<A2, R2> c2Finisher = Objects.requireNonNull(downstream2.finisher(), "downstream2 finisher");
        int b1 = CollectorImpl.bits(downstream1.characteristics());
        int b2 = CollectorImpl.bits(downstream2.characteristics());
        int bits = ((b1 & ~ID) == 0 || (b2 & ~ID) == 0) ? NOID : (b1 & b2 & ~ID);

        final class PairBox {
            A1 left = c1Supplier.get();
            A2 right = c2Supplier.get();

            void add(T t) {
                c1Accumulator.accept(left, t);
                c2Accumulator.accept(right, t);
            }

            PairBox combine(PairBox other) {
                left = c1Combiner.apply(left, other.left);
                right = c2Combiner.apply(right, other.right);
                return this;
            }

            R get() {
                R1 r1 = c1Finisher.apply(left);
                R2 r2 = c2Finisher.apply(right);
                return merger.apply(r1, r2);
            }
        }

        return make(PairBox::new, PairBox::add, PairBox::combine, PairBox::get, bits);
    }
}
