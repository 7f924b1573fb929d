// Checks java.util.LinkedList used as a List and as a Deque: add/remove at both
// ends, offer/poll/peek variants, push/pop, removeFirst/LastOccurrence, get/set by
// index, indexOf/lastIndexOf, and the exceptions (class name + message) thrown on
// empty lists and bad indexes.
import java.util.Deque;
import java.util.LinkedList;
import java.util.List;

public class LinkedListOps {
    interface Action { Object run(); }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " -> " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " threw " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        LinkedList<String> ll = new LinkedList<>();
        System.out.println(ll + " size=" + ll.size() + " isEmpty=" + ll.isEmpty());
        System.out.println("add b: " + ll.add("b"));
        ll.addFirst("a");
        ll.addLast("c");
        System.out.println("after addFirst/addLast: " + ll);
        System.out.println("offer d: " + ll.offer("d"));
        System.out.println("offerFirst z: " + ll.offerFirst("z"));
        System.out.println("offerLast e: " + ll.offerLast("e"));
        System.out.println(ll + " size=" + ll.size());
        System.out.println("peek=" + ll.peek() + " peekFirst=" + ll.peekFirst() + " peekLast=" + ll.peekLast());
        System.out.println("element=" + ll.element() + " getFirst=" + ll.getFirst() + " getLast=" + ll.getLast());
        System.out.println("poll=" + ll.poll() + " -> " + ll);
        System.out.println("pollLast=" + ll.pollLast() + " -> " + ll);
        System.out.println("pollFirst=" + ll.pollFirst() + " -> " + ll);
        ll.push("p");
        System.out.println("after push p: " + ll);
        System.out.println("pop=" + ll.pop() + " -> " + ll);
        System.out.println("removeFirst=" + ll.removeFirst() + " removeLast=" + ll.removeLast() + " -> " + ll);
        ll.addAll(List.of("x", "c", "y", "c", "z", "c"));
        System.out.println("after addAll: " + ll);
        System.out.println("indexOf(c)=" + ll.indexOf("c") + " lastIndexOf(c)=" + ll.lastIndexOf("c") + " indexOf(q)=" + ll.indexOf("q"));
        System.out.println("removeFirstOccurrence(c)=" + ll.removeFirstOccurrence("c") + " -> " + ll);
        System.out.println("removeLastOccurrence(c)=" + ll.removeLastOccurrence("c") + " -> " + ll);
        System.out.println("removeLastOccurrence(q)=" + ll.removeLastOccurrence("q") + " -> " + ll);
        System.out.println("remove(Object y)=" + ll.remove("y") + " -> " + ll);
        System.out.println("get(0)=" + ll.get(0) + " get(2)=" + ll.get(2));
        System.out.println("set(1, C)=" + ll.set(1, "C") + " -> " + ll);
        ll.add(1, "ins");
        ll.add(0, "head");
        ll.add(ll.size(), "tail");
        System.out.println("after index adds: " + ll + " size=" + ll.size());
        System.out.println("remove(int 2)=" + ll.remove(2) + " -> " + ll);
        System.out.println("contains(z)=" + ll.contains("z") + " contains(y)=" + ll.contains("y"));
        ll.add(null);
        System.out.println("with null: " + ll + " indexOf(null)=" + ll.indexOf(null) + " contains(null)=" + ll.contains(null));
        System.out.println("remove(null)=" + ll.remove((Object) null) + " -> " + ll);

        // List interface view, equality with other lists
        List<String> asList = ll;
        System.out.println("equals List.of: " + asList.equals(List.of("head", "x", "C", "c", "z", "tail")) + " hash equal: "
                + (asList.hashCode() == List.of("head", "x", "C", "c", "z", "tail").hashCode()));
        System.out.println("subList(1,4)=" + asList.subList(1, 4));
        asList.subList(1, 3).clear();
        System.out.println("after subList clear: " + asList);
        Object[] arr = ll.toArray();
        System.out.println("toArray length=" + arr.length + " first=" + arr[0]);
        String[] sarr = ll.toArray(new String[0]);
        System.out.println("toArray(String[]) length=" + sarr.length + " last=" + sarr[sarr.length - 1]);

        // Deque interface
        Deque<Integer> dq = new LinkedList<>();
        for (int i = 1; i <= 5; i++) dq.offerLast(i * 10);
        System.out.println("deque " + dq);
        System.out.println("pollFirst " + dq.pollFirst() + " pollLast " + dq.pollLast() + " -> " + dq);
        dq.clear();
        System.out.println("cleared " + dq + " size " + dq.size());
        System.out.println("poll on empty: " + dq.poll() + " peek: " + dq.peek() + " pollLast: " + dq.pollLast() + " peekLast: " + dq.peekLast());

        LinkedList<String> empty = new LinkedList<>();
        attempt("getFirst on empty", empty::getFirst);
        attempt("getLast on empty", empty::getLast);
        attempt("removeFirst on empty", empty::removeFirst);
        attempt("removeLast on empty", empty::removeLast);
        attempt("element on empty", empty::element);
        attempt("pop on empty", empty::pop);
        attempt("remove() on empty", empty::remove);
        LinkedList<String> three = new LinkedList<>(List.of("a", "b", "c"));
        attempt("get(5)", () -> three.get(5));
        attempt("get(-1)", () -> three.get(-1));
        attempt("set(3, x)", () -> three.set(3, "x"));
        attempt("add(4, x)", () -> { three.add(4, "x"); return "added"; });
        attempt("add(3, x)", () -> { three.add(3, "x"); return three; });
        attempt("remove(7)", () -> three.remove(7));
        attempt("listIterator(9)", () -> three.listIterator(9));
        System.out.println("final " + three);
    }
}
