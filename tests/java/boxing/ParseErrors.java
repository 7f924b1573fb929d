public class ParseErrors {
    public static void main(String[] args) {
        String[] inputs = {"42", "-17", "+8", "abc", "", " 5", "5 ", "3.14", "2147483648", "-2147483649", "0x1A", "1e3", "--1", "+-1", "00000000000000000000012"};
        for (String s : inputs) {
            try {
                int v = Integer.parseInt(s);
                System.out.println("parseInt(\"" + s + "\") = " + v);
            } catch (NumberFormatException e) {
                System.out.println("parseInt(\"" + s + "\") -> " + e.getMessage());
            }
        }
        try {
            Integer.valueOf("seven");
        } catch (NumberFormatException e) {
            System.out.println("valueOf: " + e);
        }
        try {
            Long.parseLong("99999999999999999999");
        } catch (NumberFormatException e) {
            System.out.println("parseLong: " + e.getMessage());
        }
        try {
            Short.parseShort("40000");
        } catch (NumberFormatException e) {
            System.out.println("parseShort: " + e.getMessage());
        }
        try {
            Byte.valueOf("x");
        } catch (NumberFormatException e) {
            System.out.println("Byte.valueOf: " + e.getMessage());
        }
        try {
            Integer.parseInt("zz", 16);
        } catch (NumberFormatException e) {
            System.out.println("parseInt radix 16: " + e.getMessage());
        }
        String[] doubles = {"1.5", "-0.0", "1e-3", ".5", "5.", "NaN", "-Infinity", "  2.5  ", "1,5", "abc", "0x10", "1.5e", "+.5e1"};
        for (String s : doubles) {
            try {
                System.out.println("parseDouble(\"" + s + "\") = " + Double.parseDouble(s));
            } catch (NumberFormatException e) {
                System.out.println("parseDouble(\"" + s + "\") -> " + e.getMessage());
            }
        }
        try {
            Double.parseDouble(null);
        } catch (NullPointerException e) {
            System.out.println("parseDouble(null) -> " + e.getClass().getName());
        }
        try {
            Float.parseFloat("1.0.0");
        } catch (NumberFormatException e) {
            System.out.println("parseFloat: " + e.getMessage());
        }
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
        // NumberFormatException is an IllegalArgumentException
        try {
            Integer.parseInt("nope");
        } catch (IllegalArgumentException e) {
            System.out.println("caught as IllegalArgumentException: " + e.getClass().getSimpleName());
        }
    }
}
