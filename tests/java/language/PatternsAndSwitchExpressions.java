// Checks instanceof patterns (binding variables, && conditions, negated
// patterns with early return, scope in ternaries and loops, null never
// matches) and switch expressions (arrow and yield forms) on int, char,
// String, byte/short and boxed selectors, with defaults, multiple labels,
// switch expressions as arguments and nested switch expressions.
import java.util.*;

public class PatternsAndSwitchExpressions {
    enum Kind { A, B, C }

    static String classify(Object o) {
        if (o instanceof String s && s.length() > 2) return "long string '" + s + "' upper=" + s.toUpperCase();
        if (o instanceof String s) return "short string '" + s + "'";
        if (o instanceof Integer i && i > 100) return "big int " + (i + 1);
        if (o instanceof Integer i) return "int " + i;
        if (o instanceof Number n) return "number " + n.getClass().getSimpleName() + " doubleValue=" + n.doubleValue();
        if (o instanceof int[] arr && arr.length > 0) return "int[] first=" + arr[0] + " len=" + arr.length;
        if (o instanceof Object[] arr) return "Object[] len=" + arr.length;
        if (o instanceof CharSequence cs) return "char sequence length " + cs.length();
        return o == null ? "null (instanceof is false for null)" : "other " + o.getClass().getSimpleName();
    }

    static int lengthOrMinus(Object o) {
        if (!(o instanceof String s)) return -1;
        return s.length();   // s in scope because the negated test returned
    }

    static String dayType(int day) {
        return switch (day) {
            case 1, 7 -> "weekend";
            case 2, 3, 4, 5, 6 -> "weekday";
            default -> throw new IllegalArgumentException("bad day " + day);
        };
    }

    static int charClass(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 1;
            case ' ' -> 0;
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                int digit = c - '0';
                yield 100 + digit;
            }
            default -> {
                if (Character.isUpperCase(c)) yield 2;
                yield 3;
            }
        };
    }

    static String command(String cmd) {
        return switch (cmd) {
            case "start", "run" -> "starting";
            case "stop" -> "stopping";
            case "" -> "empty";
            default -> {
                String trimmed = cmd.trim();
                yield trimmed.isEmpty() ? "blank" : "unknown:" + trimmed;
            }
        };
    }

    static String kindName(Kind k) {
        return switch (k) {
            case A -> "alpha";
            case B -> "beta";
            case C -> "gamma";
        };
    }

    static long sparse(int x) {
        return switch (x) {
            case Integer.MIN_VALUE -> -1L;
            case -1000000 -> -2L;
            case 0 -> 0L;
            case 1 << 20 -> 20L;
            case Integer.MAX_VALUE -> Long.MAX_VALUE;
            default -> x * 2L;
        };
    }

    static String oldStyleYield(byte b) {
        String r = switch (b) {
            case -128:
                yield "min";
            case 0:
            case 1:
                yield "small";
            case 127:
                yield "max";
            default:
                yield "byte " + b;
        };
        return r;
    }

    public static void main(String[] args) {
        Object[] things = {"hi", "hello", 5, 500, 2.5, 7L, new int[] {9, 8}, new int[0], new String[] {"a", "b"},
                new StringBuilder("abcd"), 'c', null};
        for (Object o : things) System.out.println(classify(o));
        System.out.println("lengthOrMinus: " + lengthOrMinus("four") + " " + lengthOrMinus(4) + " " + lengthOrMinus(null));

        Object o = "pattern";
        String viaTernary = o instanceof String s ? s.substring(0, 3) : "none";
        System.out.println("ternary: " + viaTernary);
        List<Object> mixed = List.of(1, "two", 3.0, "four", 5);
        int intSum = 0;
        StringBuilder strs = new StringBuilder();
        for (Object m : mixed) {
            if (m instanceof Integer i) intSum += i;
            else if (m instanceof String s && !s.isEmpty()) strs.append(s.charAt(0));
        }
        System.out.println("loop patterns: intSum=" + intSum + " initials=" + strs);
        Object num = 42;
        boolean both = num instanceof Integer i && i % 2 == 0 && i > 40;
        System.out.println("compound: " + both);
        Object oo = null;
        System.out.println("null instanceof Object: " + (oo instanceof Object));

        for (int d = 0; d <= 8; d++) {
            try {
                System.out.print(dayType(d) + " ");
            } catch (IllegalArgumentException e) {
                System.out.print("[" + e.getMessage() + "] ");
            }
        }
        System.out.println();
        StringBuilder cc = new StringBuilder();
        for (char c : "Hi a1 Zu9".toCharArray()) cc.append(charClass(c)).append(',');
        System.out.println("charClass: " + cc);
        for (String cmd : new String[] {"start", "run", "stop", "", "  ", " jump ", "STOP"}) {
            System.out.println("command '" + cmd + "' -> " + command(cmd));
        }
        for (Kind k : Kind.values()) System.out.print(kindName(k) + " ");
        System.out.println();
        for (int x : new int[] {Integer.MIN_VALUE, -1000000, 0, 1 << 20, Integer.MAX_VALUE, 21}) System.out.print(sparse(x) + " ");
        System.out.println();
        for (byte b : new byte[] {-128, 0, 1, 127, 42}) System.out.print(oldStyleYield(b) + " | ");
        System.out.println();

        Integer boxed = 3;
        String fromBoxed = switch (boxed) { case 1 -> "one"; case 3 -> "three"; default -> "many"; };
        short sh = 300;
        int fromShort = switch (sh) { case 300 -> 1; default -> 0; };
        Character ch = 'x';
        String fromChar = switch (ch) { case 'x' -> "ex"; default -> "?"; };
        System.out.println("boxed selectors: " + fromBoxed + " " + fromShort + " " + fromChar);
        // switch expression as argument and nested
        System.out.println("as argument: " + String.valueOf(switch (boxed) { case 3 -> 'T'; default -> 'F'; }));
        int outer = 2, inner = 1;
        String nested = switch (outer) {
            case 1 -> "one";
            case 2 -> switch (inner) {
                case 1 -> "two-one";
                default -> "two-other";
            };
            default -> "other";
        };
        System.out.println("nested: " + nested);
        Integer nullBox = null;
        try {
            String r = switch (nullBox) { case 1 -> "one"; default -> "other"; };
            System.out.println("no exception? " + r);
        } catch (NullPointerException e) {
            System.out.println("switch on null Integer: NullPointerException");
        }
        String nullStr = null;
        try {
            System.out.println(command(nullStr));
        } catch (NullPointerException e) {
            System.out.println("switch on null String: NullPointerException");
        }
    }
}
