// Checks the legacy synchronized collections of java.util: Stack (push/pop/peek/
// search/empty, EmptyStackException), Vector (addElement/elementAt/insertElementAt/
// removeElement/firstElement/lastElement/setSize/capacity-independent behaviour,
// elements() Enumeration, ArrayIndexOutOfBoundsException messages), and Hashtable
// (put/get/remove, null rejection, keys()/elements(), contains, toString order for
// String and Integer keys, rehash past the default threshold).
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.EmptyStackException;
import java.util.Hashtable;
import java.util.List;
import java.util.Stack;
import java.util.TreeSet;
import java.util.Vector;

public class LegacyCollections {
    public static void main(String[] args) {
        Stack<String> st = new Stack<>();
        System.out.println("empty " + st.empty() + " " + st);
        System.out.println("push " + st.push("a") + " " + st.push("b") + " " + st.push("c") + " " + st.push("b"));
        System.out.println("stack " + st + " peek " + st.peek() + " size " + st.size());
        System.out.println("search b " + st.search("b") + " search a " + st.search("a") + " search z " + st.search("z"));
        System.out.println("pop " + st.pop() + " pop " + st.pop() + " -> " + st + " get(0) " + st.get(0));
        st.pop();
        st.pop();
        try {
            st.pop();
        } catch (EmptyStackException e) {
            System.out.println("pop empty: " + e.getClass().getName() + " message " + e.getMessage());
        }
        try {
            st.peek();
        } catch (EmptyStackException e) {
            System.out.println("peek empty: " + e.getClass().getName());
        }

        Vector<Integer> v = new Vector<>();
        for (int i = 1; i <= 5; i++) v.addElement(i * 11);
        System.out.println("vector " + v + " elementAt(2) " + v.elementAt(2) + " first " + v.firstElement() + " last " + v.lastElement());
        v.insertElementAt(0, 0);
        v.setElementAt(-1, 3);
        System.out.println("insert/set " + v + " indexOf(44) " + v.indexOf(44) + " indexOf(44, 5) " + v.indexOf(44, 5) + " lastIndexOf(55) " + v.lastIndexOf(55));
        System.out.println("removeElement(22) " + v.removeElement(22) + " removeElement(99) " + v.removeElement(99) + " -> " + v);
        v.removeElementAt(0);
        System.out.println("removeElementAt(0) " + v);
        v.setSize(7);
        System.out.println("setSize(7) " + v + " size " + v.size());
        v.setSize(2);
        System.out.println("setSize(2) " + v);
        StringBuilder sb = new StringBuilder();
        for (Enumeration<Integer> en = v.elements(); en.hasMoreElements(); ) sb.append(en.nextElement()).append(';');
        System.out.println("elements " + sb);
        try {
            v.elementAt(5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("elementAt(5): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            v.get(5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("get(5): " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            v.insertElementAt(9, 10);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("insertElementAt(9,10): " + e.getClass().getName() + ": " + e.getMessage());
        }
        v.removeAllElements();
        System.out.println("removeAllElements " + v + " isEmpty " + v.isEmpty());
        try {
            v.firstElement();
        } catch (java.util.NoSuchElementException e) {
            System.out.println("firstElement empty: " + e.getClass().getName());
        }
        Vector<String> copy = new Vector<>(List.of("x", "y"));
        String[] arr = new String[2];
        copy.copyInto(arr);
        System.out.println("copyInto " + arr[0] + arr[1] + " equals ArrayList " + copy.equals(new ArrayList<>(List.of("x", "y"))));

        Hashtable<String, Integer> ht = new Hashtable<>();
        for (String k : new String[] {"one", "two", "three", "four", "five", "six"}) System.out.print(ht.put(k, k.length()) + " ");
        System.out.println();
        System.out.println("hashtable " + ht + " size " + ht.size());
        System.out.println("put two again " + ht.put("two", 22) + " get two " + ht.get("two") + " get ten " + ht.get("ten")
                + " containsKey six " + ht.containsKey("six") + " contains(5) " + ht.contains(5) + " containsValue(9) " + ht.containsValue(9));
        System.out.println("remove four " + ht.remove("four") + " remove four " + ht.remove("four") + " -> " + ht);
        StringBuilder keys = new StringBuilder();
        for (Enumeration<String> en = ht.keys(); en.hasMoreElements(); ) keys.append(en.nextElement()).append(' ');
        StringBuilder vals = new StringBuilder();
        for (Enumeration<Integer> en = ht.elements(); en.hasMoreElements(); ) vals.append(en.nextElement()).append(' ');
        System.out.println("keys() " + keys.toString().trim() + " elements() " + vals.toString().trim());
        System.out.println("keySet " + ht.keySet() + " sorted " + new TreeSet<>(ht.keySet()));
        try {
            ht.put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("put null key: " + e.getClass().getName());
        }
        try {
            ht.put("k", null);
        } catch (NullPointerException e) {
            System.out.println("put null value: " + e.getClass().getName());
        }
        Hashtable<Integer, String> hi = new Hashtable<>();
        for (int i = 0; i < 15; i++) hi.put(i * 7, "v" + i);
        System.out.println("Integer keys after rehash " + hi);
        System.out.println("merge " + hi.merge(0, "+", String::concat) + " computeIfAbsent " + hi.computeIfAbsent(1, k -> "one") + " getOrDefault " + hi.getOrDefault(2, "none"));
        System.out.println("equals HashMap " + ht.equals(new java.util.HashMap<>(ht)) + " hashCode " + ht.hashCode());
    }
}
