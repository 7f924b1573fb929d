// Checks reading System.in line by line with
// new BufferedReader(new InputStreamReader(System.in)) and readLine() until null
// (ReaderInput.input): lines are echoed with their lengths, integers on each line
// are summed (Integer.parseInt over split tokens, non-numbers counted), an empty
// line and a whitespace-only line are preserved, and the last line has no trailing
// newline; CRLF and lone CR terminators are stripped. Also checks that a second
// readLine() after EOF still returns null.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

public class ReaderInput {
    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int lineNo = 0;
        long total = 0;
        int nonNumbers = 0;
        int emptyLines = 0;
        List<String> all = new ArrayList<>();
        TreeMap<String, Integer> wordCounts = new TreeMap<>();
        while ((line = reader.readLine()) != null) {
            lineNo++;
            all.add(line);
            System.out.println(lineNo + " (" + line.length() + "): [" + line + "]");
            if (line.isEmpty()) {
                emptyLines++;
                continue;
            }
            long lineSum = 0;
            for (String tok : line.trim().split("\\s+")) {
                if (tok.isEmpty()) continue;
                try {
                    lineSum += Integer.parseInt(tok);
                } catch (NumberFormatException e) {
                    nonNumbers++;
                    wordCounts.merge(tok.toLowerCase(), 1, Integer::sum);
                }
            }
            total += lineSum;
            System.out.println("   line sum " + lineSum + " running total " + total);
        }
        System.out.println("lines " + lineNo + " empty " + emptyLines + " total " + total + " non-numbers " + nonNumbers);
        System.out.println("words " + wordCounts);
        System.out.println("readLine after EOF " + reader.readLine());
        System.out.println("last line [" + all.get(all.size() - 1) + "]");
        String longest = "";
        for (String s : all) if (s.length() > longest.length()) longest = s;
        System.out.println("longest [" + longest + "]");
        reader.close();
    }
}
