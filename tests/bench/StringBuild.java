/** String building: StringBuilder appends, concatenation, conversions and searching. */
public class StringBuild {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i).append(',');
            if (i % 10 == 9) {
                sb.append('\n');
            }
        }
        String text = sb.toString();
        int lines = 0;
        int from = 0;
        while ((from = text.indexOf('\n', from)) >= 0) {
            lines++;
            from++;
        }
        long digits = 0;
        String s = "";
        for (int i = 0; i < n / 100; i++) {
            s = "item " + i + " of " + n + ": " + (i * 0.5) + " " + (i % 2 == 0);
            digits += s.length();
        }
        String[] parts = text.substring(0, Math.min(text.length(), 100_000)).split(",");
        long sum = 0;
        for (String p : parts) {
            String t = p.trim();
            if (!t.isEmpty()) {
                sum += Integer.parseInt(t);
            }
        }
        if (lines != n / 10 || text.length() < n) {
            throw new AssertionError("bad text");
        }
        System.out.println(text.length() + " " + lines + " " + digits + " " + parts.length + " " + sum + " " + s.hashCode());
    }
}
