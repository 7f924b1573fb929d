import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class JoinSplitReplace {
    public static void main(String[] args) {
        System.out.println(String.join(", ", "a", "b", "c"));
        System.out.println(String.join("", "x", "y"));
        System.out.println(String.join("-", "solo"));
        System.out.println("[" + String.join("-") + "]");
        System.out.println(String.join("/", "a", null, "c"));
        List<String> list = new ArrayList<>();
        list.add("one");
        list.add("two");
        list.add("three");
        System.out.println(String.join(" | ", list));
        String[] arr = {"p", "q", "r"};
        System.out.println(String.join("", arr));
        // split with literal separators
        String csv = "alpha,beta,,gamma,";
        String[] parts = csv.split(",");
        System.out.println(parts.length + " " + Arrays.toString(parts));
        String[] parts2 = csv.split(",", -1);
        System.out.println(parts2.length + " " + Arrays.toString(parts2));
        String[] parts3 = csv.split(",", 2);
        System.out.println(parts3.length + " " + Arrays.toString(parts3));
        System.out.println(Arrays.toString("a b  c".split(" ")));
        System.out.println(Arrays.toString("no-separator".split(",")));
        System.out.println(Arrays.toString("".split(",")) + " " + "".split(",").length);
        System.out.println(Arrays.toString(",a".split(",")));
        System.out.println(Arrays.toString("key=value=more".split("=")));
        System.out.println(Arrays.toString("a::b::c".split("::")));
        System.out.println(Arrays.toString("x;y;z".split(";")));
        // replace
        String s = "the cat sat on the mat";
        System.out.println(s.replace('a', 'o'));
        System.out.println(s.replace("the", "a"));
        System.out.println(s.replace("at", "og"));
        System.out.println(s.replace("zzz", "q"));
        System.out.println(s.replace(" ", ""));
        System.out.println("aaaa".replace("aa", "b"));
        System.out.println("abc".replace("", "-"));
        System.out.println("mississippi".replace('s', 'z').replace("ii", "I"));
        System.out.println("x.y.z".replace(".", "[dot]"));
        System.out.println("a+b*c".replace("+", " plus ").replace("*", " times "));
        // round trip
        String[] words = "round trip of words here".split(" ");
        System.out.println(String.join(" ", words).equals("round trip of words here"));
        // parse numbers from a split
        String nums = "10,20,30,-5,15";
        int total = 0;
        for (String n : nums.split(",")) total += Integer.parseInt(n);
        System.out.println("total " + total);
    }
}
