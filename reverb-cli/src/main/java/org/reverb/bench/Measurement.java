package org.reverb.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What one pipeline did on the bench's articles.
 *
 * @param name the prefix of its lines ({@code corenlp_default}, {@code reverb})
 * @param startupNanos loading its models and dictionaries
 * @param articles articles measured (warm-up excluded)
 * @param tokens tokens in those articles (as CoreNLP's tokenizer counts them)
 * @param nanos wall-clock time of the measured articles
 * @param cpuNanos CPU time of the whole process meanwhile
 * @param peakHeap the heap pools' peak over start-up, warm-up and run, garbage included
 * @param peakLiveHeap the largest heap in use right after a collection over the same span
 */
public record Measurement(String name, long startupNanos, int articles, long tokens, long nanos, long cpuNanos,
    long peakHeap, long peakLiveHeap) {

  public double articlesPerSecond() {
    return articles / (nanos / 1e9);
  }

  public double tokensPerSecond() {
    return tokens / (nanos / 1e9);
  }

  /** Its lines, {@code name_what: value}. */
  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "%s_startup_s: %.1f%n", name, startupNanos / 1e9);
    out.printf(Locale.ROOT, "%s_articles_per_s: %.2f%n", name, articlesPerSecond());
    out.printf(Locale.ROOT, "%s_tokens_per_s: %.0f%n", name, tokensPerSecond());
    out.printf(Locale.ROOT, "%s_wall_s: %.1f%n", name, nanos / 1e9);
    out.printf(Locale.ROOT, "%s_cpu_s: %.1f%n", name, cpuNanos / 1e9);
    out.printf(Locale.ROOT, "%s_peak_heap_mb: %d%n", name, peakHeap >> 20);
    out.printf(Locale.ROOT, "%s_peak_live_heap_mb: %d%n", name, peakLiveHeap >> 20);
  }
}
