// Checks java.util.PriorityQueue: natural ordering and comparators, offer/poll/peek,
// remove(Object), contains, the internal binary-heap order exposed by toString and
// iteration (fixed by the specified sift algorithm), toArray, sorted poll sequence,
// records with a comparator, strings with reverseOrder, NPE on null, clear.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

public class PriorityQueueOps {
    record Task(String name, int priority) {}

    static <T> String drain(PriorityQueue<T> pq) {
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {42, 7, 19, 3, 88, 7, 25, 1, 64, 12, 2};
        for (int v : vals) {
            pq.offer(v);
            System.out.println("offer " + v + " -> heap " + pq + " peek " + pq.peek());
        }
        System.out.println("size " + pq.size() + " contains 25 " + pq.contains(25) + " contains 26 " + pq.contains(26));
        StringBuilder iter = new StringBuilder();
        for (Iterator<Integer> it = pq.iterator(); it.hasNext(); ) iter.append(it.next()).append(',');
        System.out.println("iteration order " + iter);
        Object[] arr = pq.toArray();
        System.out.println("toArray " + Arrays.toString(arr));
        Arrays.sort(arr);
        System.out.println("toArray sorted " + Arrays.toString(arr));
        System.out.println("remove(19) " + pq.remove((Object) 19) + " -> " + pq);
        System.out.println("remove(100) " + pq.remove((Object) 100) + " -> " + pq);
        System.out.println("remove(1) (the head) " + pq.remove((Object) 1) + " -> " + pq);
        System.out.println("poll " + pq.poll() + " -> " + pq);
        System.out.println("poll " + pq.poll() + " -> " + pq);
        System.out.println("drain " + drain(pq));
        System.out.println("empty poll " + pq.poll() + " peek " + pq.peek());

        // comparator: max-heap
        PriorityQueue<Integer> max = new PriorityQueue<>(Comparator.reverseOrder());
        for (int v : vals) max.add(v);
        System.out.println("max heap " + max + " peek " + max.peek());
        System.out.println("max drain " + drain(max));

        // constructing from a collection (heapify)
        List<Integer> src = new ArrayList<>(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1, 0));
        PriorityQueue<Integer> heapified = new PriorityQueue<>(src);
        System.out.println("heapified " + heapified);
        heapified.removeIf(x -> x % 3 == 0);
        System.out.println("after removeIf %3 " + heapified);
        System.out.println("drain " + drain(heapified));

        // strings
        PriorityQueue<String> words = new PriorityQueue<>();
        for (String w : "the quick brown fox jumps over the lazy dog".split(" ")) words.add(w);
        System.out.println("words heap " + words);
        PriorityQueue<String> byLen = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        byLen.addAll(words);
        System.out.println("byLen heap " + byLen);
        System.out.println("words drain " + drain(words));
        System.out.println("byLen drain " + drain(byLen));

        // records
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::priority).thenComparing(Task::name));
        tasks.add(new Task("write", 2));
        tasks.add(new Task("test", 1));
        tasks.add(new Task("deploy", 3));
        tasks.add(new Task("review", 2));
        tasks.add(new Task("plan", 1));
        System.out.println("tasks heap " + tasks);
        System.out.println("peek " + tasks.peek());
        System.out.println("contains Task[review,2] " + tasks.contains(new Task("review", 2)));
        System.out.println("remove Task[write,2] " + tasks.remove(new Task("write", 2)));
        System.out.println("tasks drain " + drain(tasks));

        try {
            new PriorityQueue<String>().offer(null);
        } catch (NullPointerException e) {
            System.out.println("offer(null): " + e.getClass().getName());
        }
        PriorityQueue<Integer> c = new PriorityQueue<>(List.of(5, 3, 8));
        System.out.println("comparator null? " + (c.comparator() == null) + " max comparator null? " + (max.comparator() == null));
        c.clear();
        System.out.println("cleared " + c + " size " + c.size());
        try {
            c.remove();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("remove on empty: " + e.getClass().getName());
        }
        try {
            c.element();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("element on empty: " + e.getClass().getName());
        }
    }
}
