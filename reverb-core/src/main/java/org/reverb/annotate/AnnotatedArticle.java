package org.reverb.annotate;

import java.util.List;
import java.util.Objects;
import org.reverb.model.Article;

/** An article with its sentences, in order. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }
}
