public class StringExceptions {
    interface Action {
        Object run();
    }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + " = " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        final String s = "hello";
        attempt("charAt(10)", new Action() { public Object run() { return s.charAt(10); } });
        attempt("charAt(-1)", new Action() { public Object run() { return s.charAt(-1); } });
        attempt("charAt(5)", new Action() { public Object run() { return s.charAt(5); } });
        attempt("\"\".charAt(0)", new Action() { public Object run() { return "".charAt(0); } });
        attempt("substring(6)", new Action() { public Object run() { return s.substring(6); } });
        attempt("substring(-1)", new Action() { public Object run() { return s.substring(-1); } });
        attempt("substring(2, 1)", new Action() { public Object run() { return s.substring(2, 1); } });
        attempt("substring(0, 6)", new Action() { public Object run() { return s.substring(0, 6); } });
        attempt("substring(-2, 3)", new Action() { public Object run() { return s.substring(-2, 3); } });
        attempt("substring(5)", new Action() { public Object run() { return "[" + s.substring(5) + "]"; } });
        attempt("subSequence(3, 9)", new Action() { public Object run() { return s.subSequence(3, 9); } });
        attempt("new String(chars, 2, 5)", new Action() { public Object run() { return new String(new char[] {'a', 'b', 'c'}, 2, 5); } });
        attempt("String.valueOf(chars, -1, 2)", new Action() { public Object run() { return String.valueOf(new char[] {'a'}, -1, 2); } });
        attempt("null.length()", new Action() {
            public Object run() {
                String n = null;
                try {
                    return n.length();
                } catch (NullPointerException e) {
                    return "NPE caught inside: " + e.getClass().getSimpleName();
                }
            }
        });
        attempt("\"abc\".compareTo(null)", new Action() {
            public Object run() {
                try {
                    return "abc".compareTo(null);
                } catch (NullPointerException e) {
                    return "NPE";
                }
            }
        });
        attempt("Integer.parseInt(\"12x\")", new Action() { public Object run() { return Integer.parseInt("12x"); } });
        attempt("String.join(\",\", null-array)", new Action() {
            public Object run() {
                try {
                    return String.join(",", (String[]) null);
                } catch (NullPointerException e) {
                    return "NPE";
                }
            }
        });
        attempt("sb.insert(-1, x)", new Action() { public Object run() { return new StringBuilder("hello").insert(-1, "x"); } });
        attempt("sb.setCharAt(9, 'x')", new Action() {
            public Object run() {
                StringBuilder sb = new StringBuilder("hi");
                sb.setCharAt(9, 'x');
                return sb;
            }
        });
        attempt("toCharArray()[5]", new Action() { public Object run() { return s.toCharArray()[5]; } });
    }
}
