// Checks assorted syntax: local variable type inference with var (in loops,
// lambdas parameters, with anonymous-class types), enhanced for over arrays
// (primitive and reference, evaluated once) and Iterables (a user
// Iterable), labeled break/continue in nested loops, and conditional
// expressions mixing primitive and boxed operands (numeric promotion,
// char vs int constant, null with unboxing).
import java.util.*;
import java.util.function.*;

public class MiscSyntax {
    static class Range implements Iterable<Integer> {
        final int from, to;
        Range(int from, int to) { this.from = from; this.to = to; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int cur = from;
                public boolean hasNext() { return cur < to; }
                public Integer next() {
                    if (cur >= to) throw new NoSuchElementException();
                    return cur++;
                }
            };
        }
    }

    static int arrayEvaluations = 0;
    static int[] arr() { arrayEvaluations++; return new int[] {3, 1, 4, 1, 5}; }

    static String describe(Object o) {
        if (o instanceof Character ch) return "Character:" + (int) ch;
        return o == null ? "null" : o.getClass().getSimpleName() + ":" + o;
    }

    public static void main(String[] args) {
        // var
        var list = new ArrayList<String>();
        list.add("v1");
        var n = 10;
        var l = 10L;
        var d = 1.0 / 3;
        var c = 'c';
        var arr = new int[] {1, 2};
        var map = new TreeMap<String, List<Integer>>();
        map.computeIfAbsent("k", k -> new ArrayList<>()).add(n);
        System.out.println("var: " + list + " " + (n / 3) + " " + (l * l * l * l * l * l * l * l * l * l) + " " + d + " " + (c + 1) + " " + arr.length + " " + map);
        var anon = new Object() {
            int hits = 0;
            String hit() { return "hit" + (++hits); }
        };
        System.out.println("anonymous type through var: " + anon.hit() + " " + anon.hit() + " hits=" + anon.hits);
        BiFunction<Integer, Integer, Integer> mul = (var x, var y) -> x * y;
        System.out.println("var lambda params: " + mul.apply(6, 7));
        for (var e : map.entrySet()) System.out.println("var entry: " + e.getKey() + "=" + e.getValue());
        for (var i = 0; i < 2; i++) System.out.print("var loop " + i + "; ");
        System.out.println();

        // enhanced for
        int total = 0;
        for (int x : arr()) total += x;
        System.out.println("sum over array: " + total + " evaluations=" + arrayEvaluations);
        for (String s : new String[] {"a", null, "c"}) System.out.print(s + " ");
        System.out.println();
        long lsum = 0;
        for (long x : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}) lsum += x;   // widening in loop variable
        System.out.println("widened loop var sum: " + lsum);
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(3, 8)) sb.append(i).append(',');
        System.out.println("user Iterable: " + sb);
        for (Integer i : new Range(5, 5)) System.out.println("never " + i);
        int[][] grid = {{1, 2, 3}, {4, 5}, {}};
        for (int[] row : grid) {
            int rs = 0;
            for (int v : row) rs += v;
            System.out.print("row sum " + rs + "; ");
        }
        System.out.println();
        char[] chars = "hey".toCharArray();
        for (char ch : chars) System.out.print((char) (ch - 32));
        System.out.println();
        List<Integer> nums = new ArrayList<>(List.of(1, 2, 3));
        try {
            for (Integer x : nums) if (x == 2) nums.add(99);
        } catch (ConcurrentModificationException e) {
            System.out.println("modification during for-each: ConcurrentModificationException");
        }

        // labeled break and continue
        StringBuilder found = new StringBuilder();
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j > i) continue outer;
                if (i * j == 6) {
                    found.append("break at ").append(i).append(',').append(j);
                    break outer;
                }
                found.append(i).append(j).append(' ');
            }
        }
        System.out.println("labeled: " + found);
        int k = 0;
        block:
        {
            k++;
            if (k > 0) break block;
            k = 100;
        }
        System.out.println("labeled block: k=" + k);
        int w = 0, steps = 0;
        loop:
        while (true) {
            steps++;
            do {
                w++;
                if (w % 7 == 0) break loop;
                if (w % 3 == 0) continue loop;
            } while (w % 2 != 0);
        }
        System.out.println("while/do labels: w=" + w + " steps=" + steps);

        // conditional expressions with mixed boxing
        boolean t = true, f = false;
        Integer boxedOne = 1;
        Object o1 = t ? boxedOne : 2.0;           // binary numeric promotion -> Double 1.0
        Object o2 = t ? 1 : 'a';                  // int constant fits char -> Character
        Object o3 = f ? 1 : 'a';
        int iv = 66;
        Object o4 = t ? iv : 'a';                 // non-constant int -> Integer
        Object o5 = t ? (Object) 1 : "s";
        Object o6 = t ? 1L : 2;                   // long
        Object o7 = t ? (short) 5 : (byte) 2;     // short
        Object o8 = f ? null : 0;                 // Integer
        Object o9 = t ? Integer.valueOf(7) : Long.valueOf(8);   // unboxed and promoted to long
        Object o10 = t ? 'x' : (char) 0;
        Object o11 = t ? 3.0f : 4;                // float
        System.out.println("ternaries: " + describe(o1) + " " + describe(o2) + " " + describe(o3) + " " + describe(o4) + " " + describe(o5)
                + " " + describe(o6) + " " + describe(o7) + " " + describe(o8) + " " + describe(o9) + " " + describe(o10) + " " + describe(o11));
        Integer nullInt = null;
        try {
            int bad = t ? nullInt : 0;
            System.out.println("no exception? " + bad);
        } catch (NullPointerException e) {
            System.out.println("ternary unboxing null: NullPointerException");
        }
        try {
            Object alsoBad = t ? nullInt : 0;     // type is int: unboxes even though target is Object
            System.out.println("no exception? " + alsoBad);
        } catch (NullPointerException e) {
            System.out.println("ternary Integer/int with null: NullPointerException");
        }
        Object fine = t ? nullInt : "str";       // reference conditional: no unboxing
        System.out.println("reference conditional: " + describe(fine));
        System.out.println("char+int ternary in concat: " + (t ? 'A' : 0) + " " + (f ? 'A' : iv));
        int nestedTernary = n > 5 ? n > 8 ? 2 : 1 : 0;
        System.out.println("nested ternary: " + nestedTernary);
    }
}
