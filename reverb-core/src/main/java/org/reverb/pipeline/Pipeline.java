package org.reverb.pipeline;

import java.util.List;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.annotate.Annotator;
import org.reverb.annotate.CoreNlpAnnotator;
import org.reverb.extract.EventExtractor;
import org.reverb.extract.Lexicon;
import org.reverb.extract.RuleEventExtractor;
import org.reverb.link.CueEventLinker;
import org.reverb.link.EventLinker;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.model.Mention;
import org.reverb.resolve.EventResolver;
import org.reverb.resolve.SimilarityEventResolver;

/** One article through annotation, extraction, resolution and linking. Thread-safe when its stages are. */
public final class Pipeline {

  private final Annotator annotator;
  private final EventExtractor extractor;
  private final EventResolver resolver;
  private final EventLinker linker;

  /** A pipeline that adds no links. */
  public Pipeline(Annotator annotator, EventExtractor extractor, EventResolver resolver) {
    this(annotator, extractor, resolver, (article, events) -> events);
  }

  public Pipeline(Annotator annotator, EventExtractor extractor, EventResolver resolver, EventLinker linker) {
    this.annotator = annotator;
    this.extractor = extractor;
    this.resolver = resolver;
    this.linker = linker;
  }

  /**
   * CoreNLP (parsing only the sentences extraction reads the grammar of), the bundled lexicons and dictionaries,
   * per-article resolution and the bundled link cues.
   */
  public static Pipeline standard() {
    Annotator annotator = new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties(),
        new ExtractionParseSelector(Lexicon.bundled()));
    return new Pipeline(annotator, RuleEventExtractor.bundled(), new SimilarityEventResolver(),
        CueEventLinker.bundled());
  }

  public Annotator annotator() {
    return annotator;
  }

  public List<Mention> mentions(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    return extractor.extract(annotated);
  }

  public List<Event> events(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    return linker.link(annotated, resolver.resolve(extractor.extract(annotated)));
  }
}
