// Checks java.util.Scanner reading System.in (ScannerInput.input): nextInt/nextLong,
// the classic nextInt-then-nextLine leftover empty string, nextLine, next,
// nextDouble (Locale.US), nextBoolean, hasNextInt/hasNextDouble/hasNext token loops,
// InputMismatchException on a non-number (the token stays unread), a custom
// delimiter via a second Scanner over a String, hasNextLine loop to EOF (last line
// without newline), and NoSuchElementException after EOF.
import java.util.InputMismatchException;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Scanner;

public class ScannerInput {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in).useLocale(Locale.US);
        int count = in.nextInt();
        int sum = 0;
        for (int i = 0; i < count; i++) sum += in.nextInt();
        System.out.println("count " + count + " sum " + sum);
        String leftover = in.nextLine();
        System.out.println("leftover after nextInt: [" + leftover + "] length " + leftover.length());
        System.out.println("nextLine: [" + in.nextLine() + "]");
        int n = in.nextInt();
        String rest = in.nextLine();
        System.out.println("nextInt " + n + " then rest [" + rest + "]");
        double d1 = in.nextDouble();
        double d2 = in.nextDouble();
        double d3 = in.nextDouble();
        System.out.println("doubles " + d1 + " " + d2 + " " + d3 + " total " + (d1 + d2 + d3));
        long big = in.nextLong();
        boolean flag = in.nextBoolean();
        System.out.println("nextLong " + big + " nextBoolean " + flag);
        try {
            in.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("nextInt on word: " + e.getClass().getName() + " message " + e.getMessage());
        }
        System.out.println("token still there: " + in.next());
        // token loop until the line holding "end"
        int ints = 0, doubles = 0, words = 0;
        while (in.hasNext()) {
            if (in.hasNextInt()) {
                int v = in.nextInt();
                ints++;
                System.out.println("  int " + v);
            } else if (in.hasNextDouble()) {
                double v = in.nextDouble();
                doubles++;
                System.out.println("  double " + v);
            } else {
                String w = in.next();
                if (w.equals("end")) break;
                words++;
                System.out.println("  word " + w);
            }
        }
        System.out.println("ints " + ints + " doubles " + doubles + " words " + words);
        System.out.println("rest of end line: [" + in.nextLine() + "]");
        int lineNo = 0;
        while (in.hasNextLine()) {
            String line = in.nextLine();
            lineNo++;
            System.out.println("line " + lineNo + ": [" + line + "] blank " + line.isBlank());
        }
        System.out.println("hasNext at EOF " + in.hasNext() + " hasNextInt " + in.hasNextInt() + " hasNextLine " + in.hasNextLine());
        try {
            in.next();
        } catch (NoSuchElementException e) {
            System.out.println("next at EOF: " + e.getClass().getName() + " message " + e.getMessage());
        }
        try {
            in.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("nextLine at EOF: " + e.getClass().getName() + " message " + e.getMessage());
        }
        in.close();

        Scanner csv = new Scanner("10,20, 30 ,x,40").useDelimiter("\\s*,\\s*");
        int csum = 0;
        StringBuilder skipped = new StringBuilder();
        while (csv.hasNext()) {
            if (csv.hasNextInt()) csum += csv.nextInt();
            else skipped.append(csv.next());
        }
        System.out.println("csv sum " + csum + " skipped " + skipped);
        Scanner radix = new Scanner("ff 777 101");
        System.out.println("radix " + radix.nextInt(16) + " " + radix.nextInt(8) + " " + radix.nextInt(2));
    }
}
