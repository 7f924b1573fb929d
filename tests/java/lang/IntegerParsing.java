// Checks Integer/Long/Short/Byte parsing with radix and signs, the exact
// NumberFormatException messages (empty, null, bad digit, overflow, bad
// radix, lone sign), parseUnsignedInt/Long, decode of hex/octal/# forms
// with signs, valueOf(String, radix), and CharSequence-range parsing.
public class IntegerParsing {
    interface Parse {
        Object run();
    }

    static void p(String label, Parse parse) {
        try {
            System.out.println(label + " = " + parse.run());
        } catch (NumberFormatException e) {
            System.out.println(label + " -> NumberFormatException: " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println(label + " -> " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        p("parseInt(\"-123\")", () -> Integer.parseInt("-123"));
        p("parseInt(\"+0\")", () -> Integer.parseInt("+0"));
        p("parseInt(\"-\")", () -> Integer.parseInt("-"));
        p("parseInt(\"+\")", () -> Integer.parseInt("+"));
        p("parseInt(\"\")", () -> Integer.parseInt(""));
        p("parseInt(null)", () -> Integer.parseInt(null));
        p("parseInt(\"12x\")", () -> Integer.parseInt("12x"));
        p("parseInt(\"\\u0663\\u0664\")", () -> Integer.parseInt("\u0663\u0664"));
        p("parseInt(\"\\uff11\\uff12\")", () -> Integer.parseInt("\uff11\uff12"));
        p("parseInt(\"2147483648\")", () -> Integer.parseInt("2147483648"));
        p("parseInt(\"-2147483648\")", () -> Integer.parseInt("-2147483648"));
        p("parseInt(\"99999999999\")", () -> Integer.parseInt("99999999999"));
        p("parseInt(\"-1010\", 2)", () -> Integer.parseInt("-1010", 2));
        p("parseInt(\"+7f\", 16)", () -> Integer.parseInt("+7f", 16));
        p("parseInt(\"7F\", 16)", () -> Integer.parseInt("7F", 16));
        p("parseInt(\"0x7f\", 16)", () -> Integer.parseInt("0x7f", 16));
        p("parseInt(\"777\", 8)", () -> Integer.parseInt("777", 8));
        p("parseInt(\"8\", 8)", () -> Integer.parseInt("8", 8));
        p("parseInt(\"Z\", 36)", () -> Integer.parseInt("Z", 36));
        p("parseInt(\"1\", 1)", () -> Integer.parseInt("1", 1));
        p("parseInt(\"1\", 37)", () -> Integer.parseInt("1", 37));
        p("parseInt(\"80000000\", 16)", () -> Integer.parseInt("80000000", 16));
        p("parseInt(\"-80000000\", 16)", () -> Integer.parseInt("-80000000", 16));
        p("parseInt(\"x12y\", 1, 3, 10)", () -> Integer.parseInt("x12y", 1, 3, 10));
        p("parseInt(\"x12y\", 3, 2, 10)", () -> Integer.parseInt("x12y", 3, 2, 10));
        p("parseLong(\"-9223372036854775808\")", () -> Long.parseLong("-9223372036854775808"));
        p("parseLong(\"9223372036854775808\")", () -> Long.parseLong("9223372036854775808"));
        p("parseLong(\"123L\")", () -> Long.parseLong("123L"));
        p("parseLong(\"-ff\", 16)", () -> Long.parseLong("-ff", 16));
        p("parseLong(\"\")", () -> Long.parseLong(""));
        p("parseLong(null)", () -> Long.parseLong(null));
        p("parseLong(\"zzzzzzzzzzzzz\", 36)", () -> Long.parseLong("zzzzzzzzzzzzz", 36));
        p("parseUnsignedInt(\"4294967295\")", () -> Integer.parseUnsignedInt("4294967295"));
        p("parseUnsignedInt(\"4294967296\")", () -> Integer.parseUnsignedInt("4294967296"));
        p("parseUnsignedInt(\"-1\")", () -> Integer.parseUnsignedInt("-1"));
        p("parseUnsignedInt(\"+1\")", () -> Integer.parseUnsignedInt("+1"));
        p("parseUnsignedInt(\"ffffffff\", 16)", () -> Integer.parseUnsignedInt("ffffffff", 16));
        p("parseUnsignedInt(\"\")", () -> Integer.parseUnsignedInt(""));
        p("parseUnsignedLong(\"18446744073709551615\")", () -> Long.parseUnsignedLong("18446744073709551615"));
        p("parseUnsignedLong(\"18446744073709551616\")", () -> Long.parseUnsignedLong("18446744073709551616"));
        p("parseUnsignedLong(\"-0\")", () -> Long.parseUnsignedLong("-0"));
        p("parseShort(\"32767\")", () -> Short.parseShort("32767"));
        p("parseShort(\"32768\")", () -> Short.parseShort("32768"));
        p("parseShort(\"-8000\", 16)", () -> Short.parseShort("-8000", 16));
        p("parseByte(\"128\")", () -> Byte.parseByte("128"));
        p("parseByte(\"-128\")", () -> Byte.parseByte("-128"));
        p("parseByte(\"7f\", 16)", () -> Byte.parseByte("7f", 16));
        p("parseByte(\"ff\", 16)", () -> Byte.parseByte("ff", 16));
        p("valueOf(\"-zz\", 36)", () -> Integer.valueOf("-zz", 36));
        p("Long.valueOf(\"42\")", () -> Long.valueOf("42"));
        String[] decodes = {"0x1F", "0X1f", "#ff", "-010", "010", "0", "-0", "+0x10", "-#10", "0x", "#", "", "08", "- 5", "0x-5",
            "2147483647", "-2147483648", "0x80000000", "-0x80000000", "+-1", "00", "1_000"};
        for (String d : decodes) {
            p("decode(\"" + d + "\")", () -> Integer.decode(d));
        }
        p("Long.decode(\"0x7fffffffffffffff\")", () -> Long.decode("0x7fffffffffffffff"));
        p("Long.decode(\"-0x8000000000000000\")", () -> Long.decode("-0x8000000000000000"));
        p("Long.decode(\"#FFFFFFFFFF\")", () -> Long.decode("#FFFFFFFFFF"));
        p("Short.decode(\"0x7fff\")", () -> Short.decode("0x7fff"));
        p("Short.decode(\"0x8000\")", () -> Short.decode("0x8000"));
        p("Byte.decode(\"-0x80\")", () -> Byte.decode("-0x80"));
        p("Byte.decode(\"0200\")", () -> Byte.decode("0200"));
        p("Integer.getInteger(missing)", () -> Integer.getInteger("crema.no.such.property", 17));
        int total = 0;
        for (String tok : "12 -7 +3 0x10 010".split(" ")) total += Integer.decode(tok);
        System.out.println("decoded total " + total);
    }
}
