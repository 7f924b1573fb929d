// Checks string concatenation as compiled by javac 9+ (invokedynamic to
// StringConcatFactory.makeConcatWithConstants): every operand type, null
// references, toString() returning null, constants containing the recipe
// tag characters \u0001 and \u0002 (printed as code points), concatenations
// with more than 200 operands (javac splits them), evaluation order and
// side effects of operands, compound += on strings and array elements, and
// char/int arithmetic inside concatenation.
public class StringConcatIndy {
    static int counter = 0;
    static int next() { return ++counter; }

    static class NullString { @Override public String toString() { return null; } }
    static class Counting {
        int calls = 0;
        @Override public String toString() { calls++; return "C" + calls; }
    }

    static String codes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 32) sb.append("\\u").append(String.format("%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        boolean z = false; byte b = -1; short s = 300; char c = 'c'; int i = 7; long l = -8L; float f = 0.5f; double d = 1e-7;
        String str = "str"; Object obj = null; String nul = null; int[] arr = null;
        System.out.println("all: " + z + b + s + c + i + l + f + d + str + obj + nul + arr);
        System.out.println(z + "|" + b + "|" + s + "|" + c + "|" + i + "|" + l + "|" + f + "|" + d);
        System.out.println("boxed: " + Boolean.TRUE + Byte.valueOf((byte) 2) + Character.valueOf('x') + Long.valueOf(9) + Double.valueOf(-0.0));
        System.out.println("toString null: " + new NullString() + "|" + new NullString());
        Counting cnt = new Counting();
        String once = "a" + cnt + "b" + cnt;
        System.out.println("toString called in order: " + once + " calls=" + cnt.calls);

        // recipe tag characters inside constants and values
        String tag1 = "x\u0001y";
        String tag2 = "p\u0002q";
        String withTags = "\u0001" + i + "\u0002" + str + "\u0001\u0002";
        System.out.println("tags constant: " + codes(withTags));
        System.out.println("tags values: " + codes(tag1 + i + tag2 + tag1));
        System.out.println("tags mixed: " + codes("[\u0001]" + tag2 + "[\u0002]"));

        // leading/trailing/empty constants and primitives only
        System.out.println("" + i + l);
        System.out.println(i + l + "" + i + l);
        System.out.println(c + i + "=" + c + i);
        System.out.println('a' + 'b' + "|" + 'a' + 'b');
        System.out.println(1 + 2 + "3" + 4 + 5);

        // evaluation order and side effects
        counter = 0;
        String order = next() + "," + next() + "," + (next() + next()) + "," + next();
        System.out.println("order: " + order);
        int[] xs = {0, 0, 0};
        int idx = 0;
        String eff = "v" + xs[idx++] + (xs[idx] = 5) + xs[idx] + idx++ + idx;
        System.out.println("side effects: " + eff);

        // compound assignment
        String acc = "start";
        acc += 1;
        acc += 'c';
        acc += 2.5f;
        acc += null;
        acc += new char[0].length;
        System.out.println("compound: " + acc);
        String[] parts = {"p", null};
        parts[0] += "q";
        parts[1] += "r";
        System.out.println("array compound: " + parts[0] + " " + parts[1]);
        int k = 0;
        String[] slots = {"a", "b"};
        slots[k++] += k;
        System.out.println("array index evaluated once: " + slots[0] + " " + slots[1] + " k=" + k);

        // many operands: javac splits concatenations beyond 200 argument slots
        int v = 1;
        long w = 2;
        String big = "" + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w + v + w
                + "|end";
        System.out.println("big length=" + big.length() + " hash=" + big.hashCode() + " tail=" + big.substring(big.length() - 8));

        // constants folded by javac vs runtime values
        final String K = "con";
        final int N = 3;
        String folded = K + N + 'x';
        System.out.println("folded: " + folded + " interned=" + (folded == "con3x"));
        String runtime = str + N;
        System.out.println("runtime: " + runtime + " interned=" + (runtime == "str3") + " intern()=" + (runtime.intern() == "str3"));
        StringBuilder sbv = new StringBuilder("sb");
        System.out.println("builder operand: " + sbv + " " + sbv.append("!") + " " + sbv);
        char[] chars = {'h', 'i'};
        System.out.println("char[] via valueOf: " + String.valueOf(chars) + " length in concat: " + chars.length);
        System.out.println("unicode: " + "\u00e9\u4e2d" + '\u00fc' + " length=" + ("\u00e9\u4e2d" + '\u00fc').length());
        System.out.println("min values: " + Integer.MIN_VALUE + " " + Long.MIN_VALUE + " " + Float.MIN_VALUE + " " + Double.MAX_VALUE + " " + (char) 65);
    }
}
