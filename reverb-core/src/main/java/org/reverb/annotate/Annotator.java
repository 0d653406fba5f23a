package org.reverb.annotate;

import org.reverb.model.Article;

/**
 * Turns an article into sentences, tokens, entities, dependencies and resolved time expressions.
 *
 * <p>Implementations must be safe to call from several threads at once and must not change the article.
 * Failures are reported as {@link AnnotationException} naming the article.
 */
public interface Annotator {

  AnnotatedArticle annotate(Article article);
}
