package org.reverb.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.annotate.CoreNlpAnnotator;
import org.reverb.annotate.ParseSelector;
import org.reverb.annotate.Sentence;
import org.reverb.annotate.Token;
import org.reverb.extract.Lexicon;
import org.reverb.extract.RuleEventExtractor;
import org.reverb.ingest.ArticleReaders;
import org.reverb.model.Article;
import org.reverb.model.Mention;

/**
 * JMH micro-benchmarks of the stages the speed work changed, on the dev corpus (run from the repository root; see
 * README "Speed"): annotating an article with every sentence parsed or only the chosen ones, choosing the
 * sentences, and extracting from an annotated article. Not a test: surefire never runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g", "-Xss4m"})
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
public class AnnotationBenchmark {

  @Param({"all", "selected"})
  public String parse;

  @Param("../shared/data/dev")
  public String corpus;

  private List<Article> articles;
  private CoreNlpAnnotator annotator;
  private List<AnnotatedArticle> annotated;
  private List<List<List<Token>>> tokens;
  private ExtractionParseSelector selector;
  private RuleEventExtractor extractor;
  private int next;

  @Setup
  public void setUp() {
    articles = new ArrayList<>();
    ArticleReaders.read(List.of(Path.of(corpus)), articles::add, p -> {
      throw new IllegalStateException(p.toString());
    });
    selector = new ExtractionParseSelector(Lexicon.bundled());
    annotator = new CoreNlpAnnotator(CoreNlpAnnotator.defaultProperties(),
        parse.equals("all") ? ParseSelector.ALL : selector);
    annotated = articles.stream().map(annotator::annotate).toList();
    tokens = annotated.stream().map(a -> a.sentences().stream().map(Sentence::tokens).toList()).toList();
    extractor = RuleEventExtractor.bundled();
  }

  /** One article through CoreNLP, parsing every sentence or only the chosen ones. */
  @Benchmark
  public AnnotatedArticle annotate() {
    return annotator.annotate(articles.get(next++ % articles.size()));
  }

  /** Choosing the sentences to parse, for every article of the corpus. */
  @Benchmark
  public int select() {
    int n = 0;
    for (List<List<Token>> article : tokens) {
      BitSet chosen = selector.select(article);
      n += chosen.cardinality();
    }
    return n;
  }

  /** Extraction on every pre-annotated article of the corpus. */
  @Benchmark
  public int extract() {
    int n = 0;
    for (AnnotatedArticle a : annotated) {
      List<Mention> mentions = extractor.extract(a);
      n += mentions.size();
    }
    return n;
  }
}
