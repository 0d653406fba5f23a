package org.reverb.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article's vocabulary for threading: lower-cased words of four letters or more, minus the function words and
 * the words every news report uses (the bundled {@code story/stopwords.txt}); a trailing plural "s" is dropped so
 * that "militias" meets "militia". Cheap on purpose: it runs on every ingested article without the NLP models.
 */
public final class Terms {

  /** How many words an article keeps. */
  public static final int TOP = 40;

  private static final Set<String> STOP = load();

  private Terms() {}

  /** The article's {@link #TOP} most frequent content words with their counts; ties by the word. */
  public static Map<String, Integer> top(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() < 4 || STOP.contains(w)) {
        continue;
      }
      String stem = w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
      if (!STOP.contains(stem)) {
        counts.merge(stem, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** Cosine of two count vectors, in [0, 1]; 0 when either is empty. */
  public static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Integer> small = a.size() <= b.size() ? a : b;
    Map<String, Integer> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Integer> e : small.entrySet()) {
      Integer o = large.get(e.getKey());
      if (o != null) {
        dot += (double) e.getValue() * o;
      }
    }
    return dot == 0 ? 0 : dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Integer> v) {
    double s = 0;
    for (int x : v.values()) {
      s += (double) x * x;
    }
    return Math.sqrt(s);
  }

  private static Set<String> load() {
    try (InputStream in = Terms.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("bundled story/stopwords.txt is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(s -> !s.isEmpty() && !s.startsWith("#")).map(s -> s.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
