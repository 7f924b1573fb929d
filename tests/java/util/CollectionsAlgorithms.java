// Checks java.util.Collections algorithms: sort (natural and comparator, stable),
// reverse, shuffle with seeded Random(42) and Random(7) (the algorithm is
// specified), swap, rotate (positive, negative, larger than size), fill, copy
// (and its "Source does not fit in dest" exception), nCopies, frequency, max/min
// (with comparator), binarySearch (found and insertion point), addAll, disjoint,
// reverseOrder, indexOfSubList/lastIndexOfSubList and replaceAll.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

public class CollectionsAlgorithms {
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>(Arrays.asList(5, 3, 9, 1, 7, 3, 8, 2));
        Collections.sort(nums);
        System.out.println("sort " + nums);
        Collections.sort(nums, Collections.reverseOrder());
        System.out.println("sort reverseOrder " + nums);
        Collections.reverse(nums);
        System.out.println("reverse " + nums);
        List<String> words = new ArrayList<>(List.of("pear", "Fig", "apple", "kiwi", "Banana", "date", "fig"));
        Collections.sort(words);
        System.out.println("sort strings " + words);
        Collections.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println("sort case-insensitive (stable) " + words);
        Collections.sort(words, Comparator.comparingInt(String::length));
        System.out.println("sort by length (stable) " + words);

        List<Integer> deck = new ArrayList<>();
        for (int i = 0; i < 10; i++) deck.add(i);
        Collections.shuffle(deck, new Random(42));
        System.out.println("shuffle Random(42) " + deck);
        Collections.shuffle(deck, new Random(42));
        System.out.println("shuffle again Random(42) " + deck);
        List<Integer> deck2 = new ArrayList<>();
        for (int i = 0; i < 10; i++) deck2.add(i);
        Collections.shuffle(deck2, new Random(7));
        System.out.println("shuffle Random(7) " + deck2);
        List<Character> letters = new LinkedList<>();
        for (char c = 'a'; c <= 'h'; c++) letters.add(c);
        Collections.shuffle(letters, new Random(7));
        System.out.println("shuffle LinkedList Random(7) " + letters);

        Collections.swap(deck2, 0, 9);
        System.out.println("swap(0,9) " + deck2);
        List<Integer> r = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7));
        Collections.rotate(r, 2);
        System.out.println("rotate 2 " + r);
        Collections.rotate(r, -3);
        System.out.println("rotate -3 " + r);
        Collections.rotate(r, 15);
        System.out.println("rotate 15 " + r);
        List<Integer> rl = new LinkedList<>(List.of(1, 2, 3, 4, 5, 6));
        Collections.rotate(rl, 4);
        System.out.println("rotate LinkedList 4 " + rl);
        Collections.rotate(r.subList(1, 5), 1);
        System.out.println("rotate subList(1,5) by 1 " + r);

        List<String> filled = new ArrayList<>(List.of("a", "b", "c"));
        Collections.fill(filled, "z");
        System.out.println("fill " + filled);
        List<String> dest = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
        Collections.copy(dest, List.of("x", "y"));
        System.out.println("copy " + dest);
        try {
            Collections.copy(new ArrayList<>(List.of("q")), List.of("x", "y"));
        } catch (IndexOutOfBoundsException e) {
            System.out.println("copy too small: " + e.getClass().getName() + ": " + e.getMessage());
        }
        List<String> copies = Collections.nCopies(4, "ab");
        System.out.println("nCopies " + copies + " size " + copies.size() + " frequency " + Collections.frequency(copies, "ab"));
        try {
            copies.set(0, "x");
        } catch (UnsupportedOperationException e) {
            System.out.println("nCopies set: " + e.getClass().getName());
        }
        List<String> bag = List.of("a", "b", "a", "c", "a", "b");
        System.out.println("frequency a=" + Collections.frequency(bag, "a") + " b=" + Collections.frequency(bag, "b") + " z=" + Collections.frequency(bag, "z"));

        List<String> fruits = List.of("banana", "Apple", "cherry", "fig", "elderberry");
        System.out.println("max " + Collections.max(fruits) + " min " + Collections.min(fruits));
        System.out.println("max by length " + Collections.max(fruits, Comparator.comparingInt(String::length))
                + " min by length " + Collections.min(fruits, Comparator.comparingInt(String::length)));
        System.out.println("max case-insensitive " + Collections.max(fruits, String.CASE_INSENSITIVE_ORDER)
                + " min reverseOrder " + Collections.min(fruits, Collections.reverseOrder()));
        try {
            Collections.max(new ArrayList<Integer>());
        } catch (java.util.NoSuchElementException e) {
            System.out.println("max of empty: " + e.getClass().getName());
        }

        List<Integer> sorted = List.of(2, 4, 6, 8, 10, 12);
        for (int key : new int[] {2, 8, 12, 1, 5, 13}) {
            System.out.println("binarySearch " + key + " -> " + Collections.binarySearch(sorted, key));
        }
        List<Integer> desc = List.of(12, 10, 8, 6, 4, 2);
        System.out.println("binarySearch desc 8 -> " + Collections.binarySearch(desc, 8, Collections.reverseOrder())
                + " 7 -> " + Collections.binarySearch(desc, 7, Collections.reverseOrder()));

        List<String> target = new ArrayList<>(List.of("x"));
        System.out.println("addAll " + Collections.addAll(target, "y", "z") + " " + target + " addAll none " + Collections.addAll(target));
        System.out.println("disjoint " + Collections.disjoint(List.of(1, 2, 3), List.of(4, 5)) + " "
                + Collections.disjoint(List.of(1, 2, 3), List.of(3, 4)));
        Comparator<String> rev = Collections.reverseOrder();
        List<String> revSorted = new ArrayList<>(List.of("b", "c", "a"));
        revSorted.sort(rev);
        System.out.println("reverseOrder sort " + revSorted + " reverseOrder(reverseOrder) sort "
                + sortedCopy(revSorted, Collections.reverseOrder(rev)));
        List<Integer> hay = List.of(1, 2, 3, 1, 2, 3, 4);
        System.out.println("indexOfSubList [1,2,3] " + Collections.indexOfSubList(hay, List.of(1, 2, 3))
                + " lastIndexOfSubList " + Collections.lastIndexOfSubList(hay, List.of(1, 2, 3))
                + " missing " + Collections.indexOfSubList(hay, List.of(3, 2))
                + " empty " + Collections.indexOfSubList(hay, List.of()));
        List<String> rep = new ArrayList<>(List.of("a", "b", "a", "c"));
        System.out.println("replaceAll a->A " + Collections.replaceAll(rep, "a", "A") + " " + rep + " replaceAll q " + Collections.replaceAll(rep, "q", "Q"));
    }

    static List<String> sortedCopy(List<String> in, Comparator<String> c) {
        List<String> out = new ArrayList<>(in);
        out.sort(c);
        return out;
    }
}
