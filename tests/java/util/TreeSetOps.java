// Checks TreeSet as a NavigableSet: add/remove return values, sorted toString,
// first/last, floor/ceiling/lower/higher, pollFirst/pollLast, headSet/tailSet/subSet
// (inclusive flags) views with write-through and "key out of range", descendingSet
// and descendingIterator, TreeSet with comparators (length then alpha,
// case-insensitive, reverseOrder) and set algebra (retainAll/removeAll/containsAll).
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.TreeSet;

public class TreeSetOps {
    public static void main(String[] args) {
        TreeSet<Integer> s = new TreeSet<>();
        for (int v : new int[] {15, 3, 9, 27, 3, 21, 1, 9, 12}) {
            System.out.print(s.add(v) ? "+" + v + " " : "dup" + v + " ");
        }
        System.out.println();
        System.out.println(s + " size " + s.size() + " first " + s.first() + " last " + s.last());
        for (int p : new int[] {0, 9, 10, 30}) {
            System.out.println("probe " + p + " floor " + s.floor(p) + " ceiling " + s.ceiling(p) + " lower " + s.lower(p) + " higher " + s.higher(p));
        }
        System.out.println("remove 9 " + s.remove(9) + " remove 10 " + s.remove(10));
        System.out.println("pollFirst " + s.pollFirst() + " pollLast " + s.pollLast() + " -> " + s);

        NavigableSet<Integer> ns = new TreeSet<>();
        for (int i = 0; i < 20; i += 2) ns.add(i);
        System.out.println("ns " + ns);
        SortedSet<Integer> hs = ns.headSet(8);
        NavigableSet<Integer> hsi = ns.headSet(8, true);
        SortedSet<Integer> ts = ns.tailSet(12);
        NavigableSet<Integer> tse = ns.tailSet(12, false);
        SortedSet<Integer> ss = ns.subSet(4, 14);
        NavigableSet<Integer> ssx = ns.subSet(4, false, 14, true);
        System.out.println("headSet(8) " + hs + " headSet(8,true) " + hsi);
        System.out.println("tailSet(12) " + ts + " tailSet(12,false) " + tse);
        System.out.println("subSet(4,14) " + ss + " subSet(4,false,14,true) " + ssx);
        System.out.println("ss.add(5) " + ss.add(5) + " ss.add(6) " + ss.add(6) + " ss.remove(10) " + ss.remove(10));
        System.out.println("ns after view edits " + ns);
        ns.add(13);
        ns.remove(4);
        System.out.println("ss after ns edits " + ss + " size " + ss.size());
        try {
            ss.add(14);
        } catch (IllegalArgumentException e) {
            System.out.println("ss.add(14): " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("ssx pollFirst " + ssx.pollFirst() + " pollLast " + ssx.pollLast() + " ns " + ns);

        NavigableSet<Integer> desc = ns.descendingSet();
        System.out.println("descendingSet " + desc + " first " + desc.first() + " ceiling(7) " + desc.ceiling(7) + " higher(7) " + desc.higher(7));
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = ns.descendingIterator(); it.hasNext(); ) {
            int v = it.next();
            sb.append(v).append(' ');
            if (v > 15) it.remove();
        }
        System.out.println("descendingIterator " + sb.toString().trim() + " after removing >15 " + ns);

        // comparators
        TreeSet<String> byLen = new TreeSet<>(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        byLen.addAll(List.of("pear", "fig", "banana", "kiwi", "apple", "date", "plum", "cherry"));
        System.out.println("byLen " + byLen);
        System.out.println("byLen add(lime) " + byLen.add("lime") + " add(kiwi) " + byLen.add("kiwi"));
        System.out.println("byLen ceiling(zzzz) " + byLen.ceiling("zzzz") + " floor(aaaaa) " + byLen.floor("aaaaa"));
        System.out.println("byLen headSet(date) " + byLen.headSet("date") + " tailSet(plum) " + byLen.tailSet("plum"));

        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        System.out.println("ci add Hello " + ci.add("Hello") + " add HELLO " + ci.add("HELLO") + " add world " + ci.add("world") + " add Abc " + ci.add("Abc"));
        System.out.println("ci " + ci + " contains(hello) " + ci.contains("hello") + " remove(WORLD) " + ci.remove("WORLD") + " -> " + ci);

        TreeSet<Character> rev = new TreeSet<>(Comparator.reverseOrder());
        for (char c : "treeset".toCharArray()) rev.add(c);
        System.out.println("rev " + rev + " first " + rev.first() + " headSet('r') " + rev.headSet('r') + " floor('f') " + rev.floor('f'));

        // set algebra
        TreeSet<Integer> a = new TreeSet<>(Arrays.asList(1, 2, 3, 4, 5, 6));
        TreeSet<Integer> b = new TreeSet<>(Arrays.asList(4, 5, 6, 7, 8));
        TreeSet<Integer> union = new TreeSet<>(a);
        System.out.println("union addAll " + union.addAll(b) + " " + union);
        TreeSet<Integer> inter = new TreeSet<>(a);
        System.out.println("intersect retainAll " + inter.retainAll(b) + " " + inter);
        TreeSet<Integer> diff = new TreeSet<>(a);
        System.out.println("difference removeAll " + diff.removeAll(b) + " " + diff);
        System.out.println("containsAll " + union.containsAll(a) + " " + a.containsAll(union));
        System.out.println("equals HashSet " + inter.equals(new java.util.HashSet<>(List.of(6, 5, 4))));
        System.out.println("toArray " + Arrays.toString(union.toArray(new Integer[0])));

        TreeSet<Integer> empty = new TreeSet<>();
        System.out.println("empty pollFirst " + empty.pollFirst() + " floor " + empty.floor(3));
        try {
            empty.first();
        } catch (NoSuchElementException e) {
            System.out.println("empty first: " + e.getClass().getName());
        }
        try {
            empty.add(null);
        } catch (NullPointerException e) {
            System.out.println("add null: " + e.getClass().getName());
        }
    }
}
