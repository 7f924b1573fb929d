import java.util.ArrayList;
import java.util.List;

public class GenericCasts {
    static class Holder<T> {
        private Object value;

        void set(Object v) {
            value = v;
        }

        @SuppressWarnings("unchecked")
        T get() {
            return (T) value; // unchecked: no runtime check here
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T unsafe(Object o) {
        return (T) o;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        Holder<String> h = new Holder<>();
        h.set(42);
        Object raw = h.get(); // erased: no cast, no exception
        System.out.println("raw get: " + raw + " " + raw.getClass().getSimpleName());
        try {
            String s = h.get(); // checkcast String inserted here
            System.out.println("not reached " + s);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException at use site");
        }
        try {
            int len = h.get().length();
            System.out.println("not reached " + len);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException when calling a String method");
        }
        Integer n = unsafe(5);
        System.out.println("unsafe ok: " + (n + 1));
        try {
            String bad = unsafe(5);
            System.out.println("not reached " + bad);
        } catch (ClassCastException e) {
            System.out.println("unsafe cast failed at assignment");
        }
        Object printed = GenericCasts.<String>unsafe(5);
        System.out.println("no cast when target is Object: " + printed);
        // heap pollution through raw list
        List<String> strings = new ArrayList<>();
        List rawList = strings;
        rawList.add(3.5);
        rawList.add("fine");
        System.out.println("polluted list size " + strings.size() + " toString " + strings);
        Object first = strings.get(0);
        System.out.println("get as Object: " + first);
        try {
            for (String s : strings) System.out.println(s.length());
        } catch (ClassCastException e) {
            System.out.println("ClassCastException iterating polluted list");
        }
        System.out.println("second element: " + strings.get(1));
    }
}
