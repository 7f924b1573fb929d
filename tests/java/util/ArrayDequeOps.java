// Checks java.util.ArrayDeque as a stack and as a queue: push/pop/peek, offer/poll,
// growth past the initial 16 slots with wrap-around, null rejection (NPE),
// iteration and descendingIterator, removeIf, removeFirst/LastOccurrence,
// contains, toArray, and NoSuchElementException on empty.
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;

public class ArrayDequeOps {
    public static void main(String[] args) {
        // stack
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 1; i <= 5; i++) stack.push(i);
        System.out.println("stack " + stack + " peek=" + stack.peek());
        System.out.println("pop " + stack.pop() + " pop " + stack.pop() + " -> " + stack);

        // queue
        ArrayDeque<String> q = new ArrayDeque<>();
        System.out.println("offer " + q.offer("a") + " add " + q.add("b") + " offerFirst " + q.offerFirst("z"));
        System.out.println("queue " + q + " peekFirst=" + q.peekFirst() + " peekLast=" + q.peekLast());
        System.out.println("poll " + q.poll() + " remove " + q.remove() + " -> " + q);

        // growth and wrap-around: alternate head and tail insertions
        ArrayDeque<Integer> big = new ArrayDeque<>();
        for (int i = 0; i < 20; i++) {
            if (i % 2 == 0) big.addLast(i); else big.addFirst(i);
        }
        System.out.println("big size " + big.size() + " " + big);
        for (int i = 0; i < 7; i++) big.pollFirst();
        for (int i = 100; i < 115; i++) big.offerLast(i);
        System.out.println("after poll 7 and add 15: size " + big.size() + " " + big);
        System.out.println("first " + big.getFirst() + " last " + big.getLast());
        Iterator<Integer> d = big.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (d.hasNext()) sb.append(d.next()).append(' ');
        System.out.println("descending: " + sb.toString().trim());
        System.out.println("contains 104 " + big.contains(104) + " contains 1 " + big.contains(1) + " contains 12 " + big.contains(12));
        System.out.println("removeIf even: " + big.removeIf(x -> x % 2 == 0) + " -> " + big);
        System.out.println("removeIf >1000: " + big.removeIf(x -> x > 1000));
        System.out.println("removeFirstOccurrence 13: " + big.removeFirstOccurrence(13) + " removeLastOccurrence 113: "
                + big.removeLastOccurrence(113) + " removeFirstOccurrence 999: " + big.removeFirstOccurrence(999));
        System.out.println("remove(Object 101): " + big.remove((Object) 101) + " -> " + big);
        Object[] arr = big.toArray();
        System.out.println("toArray " + Arrays.toString(arr));
        Integer[] iarr = big.toArray(new Integer[0]);
        System.out.println("toArray(Integer[]) length " + iarr.length);
        Iterator<Integer> it = big.iterator();
        while (it.hasNext()) {
            int v = it.next();
            if (v > 100 && v < 110) it.remove();
        }
        System.out.println("after iterator remove 100..110: " + big);

        // null rejection
        ArrayDeque<String> nn = new ArrayDeque<>();
        String[] ops = {"addFirst", "addLast", "offerFirst", "offerLast", "push", "add", "offer"};
        for (String op : ops) {
            try {
                switch (op) {
                    case "addFirst": nn.addFirst(null); break;
                    case "addLast": nn.addLast(null); break;
                    case "offerFirst": nn.offerFirst(null); break;
                    case "offerLast": nn.offerLast(null); break;
                    case "push": nn.push(null); break;
                    case "add": nn.add(null); break;
                    default: nn.offer(null); break;
                }
                System.out.println(op + "(null) accepted");
            } catch (NullPointerException e) {
                System.out.println(op + "(null) threw " + e.getClass().getName());
            }
        }
        System.out.println("contains(null) " + nn.contains(null) + " size " + nn.size());

        // empty behaviour
        System.out.println("poll " + nn.poll() + " peek " + nn.peek() + " pollLast " + nn.pollLast());
        try {
            nn.pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop empty: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            nn.getLast();
        } catch (NoSuchElementException e) {
            System.out.println("getLast empty: " + e.getClass().getName() + " " + e.getMessage());
        }
        try {
            nn.element();
        } catch (NoSuchElementException e) {
            System.out.println("element empty: " + e.getClass().getName() + " " + e.getMessage());
        }

        // initial capacity constructor and clear
        ArrayDeque<Character> chars = new ArrayDeque<>(2);
        for (char c = 'a'; c <= 'h'; c++) chars.offer(c);
        System.out.println("chars " + chars + " size " + chars.size());
        chars.clear();
        System.out.println("cleared " + chars + " isEmpty " + chars.isEmpty());
        ArrayDeque<Integer> copy = new ArrayDeque<>(Arrays.asList(3, 1, 4, 1, 5));
        System.out.println("copy " + copy + " pollLast " + copy.pollLast() + " -> " + copy);
    }
}
