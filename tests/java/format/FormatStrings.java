public class FormatStrings {
    static class Item {
        public String toString() {
            return "Item!";
        }
    }

    enum Size { SMALL, LARGE }

    public static void main(String[] args) {
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%-6.4s]", "hello", "hello", "hello", "hello", "hello", "hello"));
        System.out.println(String.format("[%s] [%s] [%s] [%s]", "shout".toUpperCase(), null, new Item(), Size.LARGE));
        System.out.println(String.format("[%s] [%s] [%s] [%s] [%s]", 42, 4.5, 'c', true, 10000000000L));
        System.out.println(String.format("[%c] [%c] [%5c] [%-5c] [%c]", 'x', 65, 'y', 'z', Character.valueOf('q')));
        System.out.println(String.format("[%c] [%c]", (int) '\u00e9', '\u65e5'));
        System.out.println(String.format("[%b] [%b] [%b] [%b] [%-6b] [%6b]", true, false, null, "non-null", true, Boolean.FALSE));
        System.out.println(String.format("line1%nline2"));
        System.out.println(String.format("%s=%d, %s=%d", "a", 1, "b", 2));
        System.out.println(String.format("no args"));
        System.out.println(String.format("%s", (Object) null));
        System.out.println(String.format("%-5s|%5s|", "", ""));
        System.out.println(String.format("%s %s %s", "x", "y", "z").length());
        // formatting a table
        String[] names = {"apple", "kiwi", "watermelon", "fig"};
        int[] qty = {3, 12, 1, 250};
        double[] price = {0.5, 0.25, 3.999, 0.1};
        System.out.println(String.format("%-12s %5s %8s %9s", "ITEM", "QTY", "PRICE", "TOTAL"));
        double grand = 0;
        for (int i = 0; i < names.length; i++) {
            double total = qty[i] * price[i];
            grand += total;
            System.out.println(String.format("%-12s %5d %8.2f %9.2f", names[i], qty[i], price[i], total));
        }
        System.out.println(String.format("%-12s %5s %8s %9.2f", "TOTAL", "", "", grand));
        // printf with many types
        System.out.printf("%s|%d|%x|%c|%b|%.1f|%e|%o|%%|%n", "str", -7, 255, 'k', null, 2.25, 12345.0, 8);
        // padding helpers
        for (int i = 1; i <= 1000; i *= 10) System.out.println(String.format("%6d|%-6d|%06d", i, i, i));
        System.out.println(String.join(",", String.format("%3s", "a"), String.format("%-3s", "b"), String.format("%.1s", "cd")));
    }
}
