package org.reverb.ingest;

/**
 * The largest article text Reverb annotates. CoreNLP's time and memory grow with the text, so a text over the bound
 * is refused with a problem (never truncated: the events of a cut text would be silently incomplete). The bound is
 * far above any news report (a long feature is some 60,000 characters) and keeps one article's annotation to a few
 * hundred megabytes of heap and well under a minute.
 */
public final class ArticleBounds {

  /** The most characters an article's text may have. */
  public static final int MAX_TEXT_CHARS = 100_000;

  private ArticleBounds() {}

  /** What is wrong with {@code text}'s length, or {@code null} when it is within the bound. */
  public static String tooLong(String text) {
    if (text.length() <= MAX_TEXT_CHARS) {
      return null;
    }
    return String.format("the text has %,d characters, over the limit of %,d for one article (a news report has a "
        + "few thousand); split it into articles or leave it out", text.length(), MAX_TEXT_CHARS);
  }
}
