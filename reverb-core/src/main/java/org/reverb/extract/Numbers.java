package org.reverb.extract;

import java.util.Locale;
import java.util.Map;

/** Reads cardinal numbers written as digits ("1,200", "21") or words ("three", "twenty-one", "a dozen"). */
public final class Numbers {

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("no", 0), Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("both", 2),
      Map.entry("thousand", 1000));

  private Numbers() {}

  /** The value of one number token, or {@code null} when it is not a cardinal number. */
  public static Integer parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d{1,7}")) {
      return Integer.parseInt(w);
    }
    Integer direct = WORDS.get(w);
    if (direct != null) {
      return direct;
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Integer tens = WORDS.get(w.substring(0, dash));
      Integer units = WORDS.get(w.substring(dash + 1));
      if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
        return tens + units;
      }
    }
    return null;
  }
}
