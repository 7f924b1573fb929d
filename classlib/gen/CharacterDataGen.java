import java.util.*;
import java.util.function.*;

/**
 * Generates the table constants of classlib/java/java/lang/CharacterData.java
 * (the nested class Data) by asking the host JDK 17's public Character API
 * about every code point, so crema's Character answers as Java SE 17 does
 * (Unicode 13.0). Only data is taken from the host, no code.
 *
 * Usage: java classlib/gen/CharacterDataGen.java > tables.txt, then replace
 * the constants in CharacterData.Data with the output (indented one level).
 * Run it again only when moving to another Java SE version.
 */
public class CharacterDataGen {
  static StringBuilder out = new StringBuilder();
  static String lit(List<Integer> ints) {
    // each int as two chars (high, low)
    StringBuilder sb = new StringBuilder();
    StringBuilder all = new StringBuilder();
    int count = 0;
    sb.append("            \"");
    for (int v : ints) {
      for (char c : new char[] {(char) (v >>> 22), (char) ((v >>> 11) & 0x7FF), (char) (v & 0x7FF)}) {
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') sb.append(c);
        else if (c < 0x100) sb.append(String.format("\\%03o", (int) c));
        else sb.append(String.format("\\u%04x", (int) c));
        count++;
        if (sb.length() > 100) { all.append(sb).append("\"\n            + \""); sb.setLength(0); }
      }
    }
    all.append(sb).append("\"");
    return all.toString();
  }
  static List<Integer> ranges(IntPredicate p) {
    List<Integer> r = new ArrayList<>();
    int start = -1;
    for (int cp = 0; cp <= 0x110000; cp++) {
      boolean in = cp <= 0x10FFFF && p.test(cp);
      if (in && start < 0) start = cp;
      if (!in && start >= 0) { r.add(start); r.add(cp - 1); start = -1; }
    }
    return r;
  }
  // case map runs: (start, end | stride<<24? ) store start, end, delta, stride
  static List<Integer> mapRuns(IntUnaryOperator f) { return mapRuns(f, cp -> f.applyAsInt(cp) != cp); }
  static List<Integer> mapRuns(IntUnaryOperator f, IntPredicate include) {
    List<Integer> r = new ArrayList<>();
    int s = -1, e = -1, d = 0, stride = 0;
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      int m = f.applyAsInt(cp);
      if (!include.test(cp)) continue;
      int delta = m - cp;
      if (s >= 0 && delta == d && (stride == 0 ? (cp - e == 1 || cp - e == 2) : cp - e == stride)) {
        if (stride == 0) stride = cp - e;
        e = cp;
        continue;
      }
      if (s >= 0) { r.add(s); r.add(e); r.add(d); r.add(stride == 0 ? 1 : stride); }
      s = e = cp; d = delta; stride = 0;
    }
    r.add(s); r.add(e); r.add(d); r.add(stride == 0 ? 1 : stride);
    return r;
  }
  public static void main(String[] a) {
    List<Integer> types = new ArrayList<>();
    int prev = -1;
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      int t = Character.getType(cp);
      if (t != prev) { types.add((cp << 5) | t); prev = t; }
    }
    IntPredicate isL = cp -> { int t = Character.getType(cp); return t >= 1 && t <= 5; };
    List<Integer> lowerX = ranges(cp -> Character.isLowerCase(cp) != (Character.getType(cp) == Character.LOWERCASE_LETTER));
    List<Integer> upperX = ranges(cp -> Character.isUpperCase(cp) != (Character.getType(cp) == Character.UPPERCASE_LETTER));
    List<Integer> alphaX = ranges(cp -> Character.isAlphabetic(cp) != (isL.test(cp) || Character.getType(cp) == Character.LETTER_NUMBER));
    List<Integer> ideo = ranges(Character::isIdeographic);
    List<Integer> mirrored = ranges(Character::isMirrored);
    List<Integer> upper = mapRuns(Character::toUpperCase);
    List<Integer> lower = mapRuns(Character::toLowerCase);
    List<Integer> title = mapRuns(Character::toTitleCase, cp -> Character.toTitleCase(cp) != Character.toUpperCase(cp));
    // numeric values other than the Latin letters (ASCII and fullwidth), as runs value = base + (cp - start) * step
    List<Integer> num = new ArrayList<>();
    {
      int s = -1, e = -1, base = 0, step = -1;
      for (int cp = 0; cp <= 0x10FFFF; cp++) {
        int v = Character.getNumericValue(cp);
        boolean latin = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A);
        if (v == -1 || latin) { continue; }
        if (s >= 0 && cp == e + 1) {
          int st = v - (base + (e - s) * (step < 0 ? 0 : step));
          if (step < 0 && (st == 0 || st == 1)) { step = st; e = cp; continue; }
          if (step >= 0 && v == base + (cp - s) * step) { e = cp; continue; }
        }
        if (s >= 0) { num.add(s); num.add(e); num.add(base); num.add(step < 0 ? 0 : step); }
        s = e = cp; base = v; step = -1;
      }
      num.add(s); num.add(e); num.add(base); num.add(step < 0 ? 0 : step);
    }
    System.err.println("types " + types.size() + " lowerX " + lowerX.size() + " upperX " + upperX.size() + " alphaX " + alphaX.size() + " ideo " + ideo.size() + " mirrored " + mirrored.size() + " upper " + upper.size() + " lower " + lower.size() + " title " + title.size() + " num " + num.size());
    StringBuilder sb = new StringBuilder();
    sb.append("    static final String TYPES =\n").append(lit(types)).append(";\n\n");
    sb.append("    static final String OTHER_LOWERCASE =\n").append(lit(lowerX)).append(";\n\n");
    sb.append("    static final String OTHER_UPPERCASE =\n").append(lit(upperX)).append(";\n\n");
    sb.append("    static final String ALPHABETIC_EXCEPTIONS =\n").append(lit(alphaX)).append(";\n\n");
    sb.append("    static final String IDEOGRAPHIC =\n").append(lit(ideo)).append(";\n\n");
    sb.append("    static final String MIRRORED =\n").append(lit(mirrored)).append(";\n\n");
    sb.append("    static final String UPPER =\n").append(lit(upper)).append(";\n\n");
    sb.append("    static final String LOWER =\n").append(lit(lower)).append(";\n\n");
    sb.append("    static final String TITLE =\n").append(lit(title)).append(";\n\n");
    sb.append("    static final String NUMERIC =\n").append(lit(num)).append(";\n");
    System.out.print(sb);
  }
}
