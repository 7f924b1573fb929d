import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

public class HashSetOps {
    static boolean subset(Set<String> small, Set<String> big) {
        for (String s : small) if (!big.contains(s)) return false;
        return true;
    }

    public static void main(String[] args) {
        Set<String> set = new HashSet<>();
        System.out.println("add: " + set.add("red") + " " + set.add("green") + " " + set.add("red") + " " + set.add("blue"));
        System.out.println(set + " size " + set.size());
        System.out.println("contains: " + set.contains("green") + " " + set.contains("purple"));
        System.out.println("remove: " + set.remove("green") + " " + set.remove("green"));
        System.out.println(set);
        Set<Integer> nums = new HashSet<>();
        for (int i = 0; i < 40; i++) nums.add((i * 7919) % 97);
        System.out.println("ints: " + nums);
        System.out.println("size " + nums.size());
        Set<Integer> evens = new HashSet<>();
        for (int n : nums) if (n % 2 == 0) evens.add(n);
        System.out.println("evens: " + evens);
        // set operations by hand
        Set<String> a = new HashSet<>();
        Set<String> b = new HashSet<>();
        for (String s : "one two three four five".split(" ")) a.add(s);
        for (String s : "four five six seven".split(" ")) b.add(s);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> inter = new HashSet<>();
        for (String s : a) if (b.contains(s)) inter.add(s);
        Set<String> diff = new HashSet<>(a);
        for (String s : b) diff.remove(s);
        System.out.println("a " + a + " b " + b);
        System.out.println("union " + union + " inter " + inter + " diff " + diff);
        System.out.println("subset checks " + subset(a, union) + " " + subset(union, a));
        // iterator removal
        Iterator<Integer> it = nums.iterator();
        while (it.hasNext()) if (it.next() > 50) it.remove();
        System.out.println("after removing > 50: " + nums);
        // equality and hashCode
        Set<Integer> s1 = new HashSet<>();
        Set<Integer> s2 = new HashSet<>();
        for (int i = 0; i < 5; i++) s1.add(i);
        for (int i = 4; i >= 0; i--) s2.add(i);
        System.out.println("equal sets " + s1.equals(s2) + " hash " + s1.hashCode() + " " + s2.hashCode());
        // dedupe a list of words preserving nothing but membership
        String text = "a rose is a rose is a rose";
        Set<String> unique = new HashSet<>();
        int dups = 0;
        for (String w : text.split(" ")) if (!unique.add(w)) dups++;
        System.out.println("unique " + unique + " dups " + dups);
        // null element
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        withNull.add("x");
        System.out.println(withNull + " contains null " + withNull.contains(null));
        // Character set ordering
        Set<Character> letters = new HashSet<>();
        for (char c : "hello world, the set of chars".toCharArray()) letters.add(c);
        System.out.println(letters);
        // growth with many strings
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 30; i++) many.add("item" + i);
        System.out.println(many);
        many.clear();
        System.out.println(many.isEmpty());
    }
}
