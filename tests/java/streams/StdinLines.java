// Reads all of System.in with BufferedReader(new InputStreamReader(System.in))
// and processes the lines with streams: skips comments and blank lines,
// parses "name,department,salary" CSV records, groups, sums and sorts them.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

public class StdinLines {
    record Row(String name, String dept, int salary) {
        static Row parse(String line) {
            String[] f = line.split(",");
            return new Row(f[0].trim(), f[1].trim(), Integer.parseInt(f[2].trim()));
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<String> lines = in.lines().collect(Collectors.toList());
        System.out.println("raw lines: " + lines.size());
        System.out.println("blank lines: " + lines.stream().filter(String::isBlank).count());
        System.out.println("comment lines: " + lines.stream().filter(l -> l.startsWith("#")).count());
        List<Row> rows = lines.stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .map(Row::parse)
            .collect(Collectors.toList());
        System.out.println("records: " + rows.size());
        rows.forEach(r -> System.out.println("  " + r.name() + " / " + r.dept() + " / " + r.salary()));
        Map<String, Integer> totals = rows.stream().collect(Collectors.groupingBy(Row::dept, TreeMap::new, Collectors.summingInt(Row::salary)));
        System.out.println("total by dept: " + totals);
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(Row::dept, TreeMap::new, Collectors.counting()));
        System.out.println("count by dept: " + counts);
        System.out.println("highest paid: " + rows.stream().max(Comparator.comparingInt(Row::salary)).map(Row::name).orElse("?"));
        System.out.println("sorted by salary desc then name: " + rows.stream()
            .sorted(Comparator.comparingInt(Row::salary).reversed().thenComparing(Row::name))
            .map(Row::name).collect(Collectors.joining(", ")));
        System.out.println("salary stats: " + rows.stream().mapToInt(Row::salary).summaryStatistics());
        System.out.println("above average: " + rows.stream()
            .filter(r -> r.salary() > rows.stream().mapToInt(Row::salary).average().orElse(0))
            .map(Row::name).sorted().collect(Collectors.toList()));
        System.out.println("longest line length: " + lines.stream().mapToInt(String::length).max().getAsInt());
        System.out.println("read after end: " + in.readLine());
    }
}
