/**
 * Annotation: from an {@link org.reverb.model.Article} to an {@link org.reverb.annotate.AnnotatedArticle} holding
 * sentences, tokens with lemmas, parts of speech and entity tags, a dependency graph per sentence, and time
 * expressions resolved against the publication date.
 *
 * <p>The records here are plain values and do not reference the NLP library, so later stages and their tests
 * do not depend on how annotation was done. {@link org.reverb.annotate.Annotator} implementations are
 * thread-safe; the CoreNLP one loads its models once, lazily, on first use.
 */
package org.reverb.annotate;
