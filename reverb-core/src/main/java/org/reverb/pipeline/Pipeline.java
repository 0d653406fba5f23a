package org.reverb.pipeline;

import java.util.List;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.annotate.Annotator;
import org.reverb.annotate.CoreNlpAnnotator;
import org.reverb.extract.EventExtractor;
import org.reverb.extract.RuleEventExtractor;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.model.Mention;
import org.reverb.resolve.EventResolver;
import org.reverb.resolve.SimilarityEventResolver;

/** One article through annotation, extraction and resolution. Thread-safe when its stages are. */
public final class Pipeline {

  private final Annotator annotator;
  private final EventExtractor extractor;
  private final EventResolver resolver;

  public Pipeline(Annotator annotator, EventExtractor extractor, EventResolver resolver) {
    this.annotator = annotator;
    this.extractor = extractor;
    this.resolver = resolver;
  }

  /** CoreNLP, the bundled lexicons and dictionaries, and per-article resolution. */
  public static Pipeline standard() {
    return new Pipeline(new CoreNlpAnnotator(), RuleEventExtractor.bundled(), new SimilarityEventResolver());
  }

  public Annotator annotator() {
    return annotator;
  }

  public List<Mention> mentions(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    return extractor.extract(annotated);
  }

  public List<Event> events(Article article) {
    return resolver.resolve(mentions(article));
  }
}
