// Checks text blocks: incidental indentation stripping (decided by the
// least-indented line including the closing delimiter), trailing space
// stripping, escapes (\n, \t, \", \\, \s to keep spaces, \<newline> line
// continuation, octal and unicode escapes), embedded quotes, the trailing
// newline rule, and that text blocks are ordinary interned String constants.
// Lines are printed with visible markers so whitespace is checkable.
public class TextBlocks {
    static void show(String label, String s) {
        System.out.println("== " + label + " (length " + s.length() + ")");
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            System.out.println(i + ": [" + lines[i].replace("\t", "<TAB>").replace("\r", "<CR>") + "]");
        }
    }

    public static void main(String[] args) {
        String basic = """
            Hello,
              indented
            World""";
        show("basic (no trailing newline)", basic);

        String trailingNewline = """
            line one
            line two
            """;
        show("closing delimiter on own line", trailingNewline);

        String closingLeft = """
                deep
                deeper
            """;
        show("closing delimiter further left keeps indentation", closingLeft);

        String trailingSpaces = """
            spaces after this   
            tabs too\t
            kept with escape\s
            kept two\s\s
            """;
        show("trailing whitespace", trailingSpaces);

        String continuation = """
            one long \
            logical line \
            here
            next""";
        show("line continuation", continuation);

        String escapes = """
            quote: " and triple: \""" and \"\"\"
            backslash: \\ tab:\tend
            newline escape:\nsecond
            octal: \101\102 unicode: \u0041\u00e9
            single 'quotes' fine
            """;
        show("escapes", escapes);

        String empty = """
            """;
        show("empty", empty);

        String blankLines = """

            after blank

            """;
        show("blank lines", blankLines);

        String json = """
            {
              "name": "crema",
              "tags": ["jvm", "rust"],
              "nested": { "x": 1 }
            }
            """;
        show("json", json);

        String literal = "Hello,\n  indented\nWorld";
        System.out.println("equals literal: " + basic.equals(literal) + " same interned object: " + (basic == literal));
        String formatted = """
            %s has %d items
            """.formatted("cart", 3);
        System.out.print("formatted: " + formatted);
        System.out.println("stripIndent: [" + "   a\n     b\n   c".stripIndent() + "]");
        System.out.println("translateEscapes: [" + "x\\ty\\n".translateEscapes().replace("\t", "<TAB>").replace("\n", "<NL>") + "]");
        String concat = """
            a""" + """
            b""";
        System.out.println("concat: " + concat);
        System.out.println("lines count: " + json.lines().count());
    }
}
