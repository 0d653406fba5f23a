package org.reverb.bench;

import java.util.ArrayList;
import java.util.List;
import org.reverb.model.Article;

/** Articles repeated to a count, each copy with its own id and a last line of its own, so no store skips it. */
public final class BenchArticles {

  private BenchArticles() {}

  /** {@code count} articles cycling through {@code articles}; copy k is named {@code id~label-k}. */
  public static List<Article> repeat(List<Article> articles, int count, String label) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no articles to repeat");
    }
    List<Article> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      Article a = articles.get(k % articles.size());
      String tag = label + "-" + (k + 1);
      out.add(new Article(a.id() + "~" + tag, a.published(), a.title(), a.text() + "\n\n(" + tag + ".)", a.url(),
          a.source()));
    }
    return out;
  }
}
