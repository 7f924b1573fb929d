import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

public class ArrayListOps {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        System.out.println(list + " size " + list.size() + " isEmpty " + list.isEmpty());
        list.add("alpha");
        list.add("beta");
        list.add("gamma");
        list.add(1, "inserted");
        list.add(0, "first");
        list.add(list.size(), "last");
        System.out.println(list + " size " + list.size());
        System.out.println("get(2) " + list.get(2) + ", indexOf(gamma) " + list.indexOf("gamma") + ", indexOf(zeta) " + list.indexOf("zeta"));
        System.out.println("contains(beta) " + list.contains("beta") + ", contains(null) " + list.contains(null));
        String old = list.set(3, "BETA");
        System.out.println("set returned " + old + " -> " + list);
        String removed = list.remove(0);
        System.out.println("remove(0) returned " + removed + " -> " + list);
        boolean r1 = list.remove("gamma");
        boolean r2 = list.remove("not there");
        System.out.println("remove(Object) " + r1 + " " + r2 + " -> " + list);
        list.add("alpha");
        System.out.println("duplicates: " + list + " lastIndexOf(alpha) " + list.lastIndexOf("alpha"));
        list.add(null);
        System.out.println("with null: " + list + " indexOf(null) " + list.indexOf(null));
        // iteration styles
        StringBuilder sb = new StringBuilder();
        for (String s : list) sb.append(s).append(';');
        System.out.println("for-each: " + sb);
        sb.setLength(0);
        for (int i = list.size() - 1; i >= 0; i--) sb.append(list.get(i)).append(';');
        System.out.println("reverse index: " + sb);
        sb.setLength(0);
        Iterator<String> it = list.iterator();
        while (it.hasNext()) {
            String s = it.next();
            if (s == null || s.startsWith("a")) it.remove();
            else sb.append(s).append(';');
        }
        System.out.println("iterator with remove: " + sb + " -> " + list);
        // addAll, toArray, equals, hashCode
        List<String> other = new ArrayList<>(Arrays.asList("x", "y"));
        list.addAll(other);
        list.addAll(0, Arrays.asList("p", "q"));
        System.out.println("addAll: " + list);
        Object[] arr = list.toArray();
        String[] sarr = list.toArray(new String[0]);
        System.out.println("toArray: " + arr.length + " " + Arrays.toString(sarr) + " " + sarr.getClass().getSimpleName());
        List<String> copy = new ArrayList<>(list);
        System.out.println("copy equals: " + copy.equals(list) + ", same: " + (copy == list) + ", hash equal: " + (copy.hashCode() == list.hashCode()));
        copy.add("extra");
        System.out.println("after add, equals: " + copy.equals(list));
        System.out.println("hashCode of [a, b]: " + new ArrayList<>(Arrays.asList("a", "b")).hashCode() + ", of []: " + new ArrayList<String>().hashCode());
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 25; i++) nums.add(i * i);
        System.out.println(nums);
        System.out.println("hashCode " + nums.hashCode());
        nums.clear();
        System.out.println("cleared: " + nums + " " + nums.size());
        // exceptions
        try {
            list.get(100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            list.add(-1, "bad");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new ArrayList<String>().remove(0);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new ArrayList<String>().iterator().next();
        } catch (java.util.NoSuchElementException e) {
            System.out.println(e.getClass().getName());
        }
        // nested lists
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < 3; c++) row.add(r * 3 + c);
            grid.add(row);
        }
        System.out.println(grid);
        // list of lists toString with self reference
        List<Object> selfRef = new ArrayList<>();
        selfRef.add("me");
        selfRef.add(selfRef);
        System.out.println(selfRef);
    }
}
