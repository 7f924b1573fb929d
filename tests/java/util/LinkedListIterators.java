// Checks LinkedList iterators: ListIterator forward and backward traversal with
// nextIndex/previousIndex, add/set/remove in both directions, IllegalStateException
// on misuse, descendingIterator with remove, and NoSuchElementException at the ends.
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;

public class LinkedListIterators {
    public static void main(String[] args) {
        LinkedList<String> ll = new LinkedList<>(List.of("a", "b", "c", "d"));
        ListIterator<String> it = ll.listIterator();
        System.out.println("start hasPrevious=" + it.hasPrevious() + " nextIndex=" + it.nextIndex() + " previousIndex=" + it.previousIndex());
        while (it.hasNext()) {
            int idx = it.nextIndex();
            String s = it.next();
            System.out.println("next " + idx + " " + s);
            if (s.equals("b")) {
                it.set("B");
                System.out.println("  set B -> " + ll);
            }
            if (s.equals("c")) {
                it.add("c2");
                System.out.println("  add c2 -> " + ll + " nextIndex=" + it.nextIndex());
            }
        }
        System.out.println("end nextIndex=" + it.nextIndex() + " previousIndex=" + it.previousIndex());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("next past end: " + e.getClass().getName());
        }
        while (it.hasPrevious()) {
            int idx = it.previousIndex();
            String s = it.previous();
            System.out.println("previous " + idx + " " + s);
            if (s.equals("c2")) {
                it.remove();
                System.out.println("  remove -> " + ll + " nextIndex=" + it.nextIndex());
            }
            if (s.equals("a")) {
                it.add("front");
                System.out.println("  add front -> " + ll + " nextIndex=" + it.nextIndex() + " hasPrevious=" + it.hasPrevious());
            }
        }
        try {
            it.previous();
        } catch (NoSuchElementException e) {
            System.out.println("previous past start: " + e.getClass().getName());
        }

        // illegal state
        ListIterator<String> it2 = ll.listIterator();
        try {
            it2.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: " + e.getClass().getName());
        }
        it2.next();
        it2.remove();
        try {
            it2.remove();
        } catch (IllegalStateException e) {
            System.out.println("double remove: " + e.getClass().getName());
        }
        it2.next();
        it2.add("x");
        try {
            it2.set("y");
        } catch (IllegalStateException e) {
            System.out.println("set after add: " + e.getClass().getName());
        }
        System.out.println("list now " + ll);

        // listIterator starting at an index
        ListIterator<String> mid = ll.listIterator(2);
        System.out.println("listIterator(2) next=" + mid.next() + " previous=" + mid.previous() + " previous=" + mid.previous());
        mid.set("SET");
        System.out.println("after set via previous: " + ll);
        ListIterator<String> atEnd = ll.listIterator(ll.size());
        StringBuilder back = new StringBuilder();
        while (atEnd.hasPrevious()) back.append(atEnd.previous()).append(' ');
        System.out.println("backwards from end: " + back);

        // descendingIterator
        Iterator<String> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) {
            String s = desc.next();
            sb.append(s).append(',');
            if (s.equals("B")) desc.remove();
        }
        System.out.println("descending: " + sb + " after remove B: " + ll);

        // plain iterator removal of every other element
        LinkedList<Integer> nums = new LinkedList<>();
        for (int i = 0; i < 10; i++) nums.add(i);
        Iterator<Integer> ni = nums.iterator();
        while (ni.hasNext()) if (ni.next() % 2 == 0) ni.remove();
        System.out.println("odd only: " + nums);
        System.out.println("removeIf >5: " + nums.removeIf(n -> n > 5) + " -> " + nums);
        System.out.println("removeIf >50: " + nums.removeIf(n -> n > 50) + " -> " + nums);
        nums.replaceAll(n -> n * 100);
        System.out.println("replaceAll: " + nums);
        nums.sort((x, y) -> y - x);
        System.out.println("sorted desc: " + nums);
    }
}
