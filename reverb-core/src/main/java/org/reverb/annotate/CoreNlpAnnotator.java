package org.reverb.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.reverb.model.Article;

/**
 * Annotates with Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (coarse types, numbers, SUTime against the
 * publication date) and the neural dependency parser. The models load once, on the first call.
 */
public final class CoreNlpAnnotator implements Annotator {

  /** The CoreNLP settings Reverb uses; see the class comment for why each annotator is there. */
  public static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    // Paragraph breaks end sentences, so a section heading does not glue onto the next sentence.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // Coarse PERSON / LOCATION / ORGANIZATION are enough: places and actors come from Reverb's own dictionaries.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "true");
    return p;
  }

  private final Properties properties;
  private volatile StanfordCoreNLP pipeline;

  public CoreNlpAnnotator() {
    this(defaultProperties());
  }

  public CoreNlpAnnotator(Properties properties) {
    this.properties = (Properties) properties.clone();
  }

  /** Loads the models now rather than on the first article. */
  public void warmUp() {
    pipeline();
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    try {
      Annotation doc = new Annotation(article.text());
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
      pipeline().annotate(doc);
      List<Sentence> sentences = new ArrayList<>();
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences.add(sentence(sentences.size(), s, article.text()));
      }
      return new AnnotatedArticle(article, sentences);
    } catch (RuntimeException e) {
      throw new AnnotationException(article.id(), e);
    }
  }

  private StanfordCoreNLP pipeline() {
    StanfordCoreNLP p = pipeline;
    if (p == null) {
      synchronized (this) {
        p = pipeline;
        if (p == null) {
          p = new StanfordCoreNLP(properties);
          pipeline = p;
        }
      }
    }
    return p;
  }

  private static Sentence sentence(int index, CoreMap s, String text) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      tokens.add(new Token(l.index() - 1, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
          l.beginPosition(), l.endPosition()));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency(-1, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
            e.getRelation().toString()));
      }
    }
    List<Entity> entities = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
        int begin = mt.get(0).index() - 1;
        int end = mt.get(mt.size() - 1).index();
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        String words = m.get(CoreAnnotations.TextAnnotation.class);
        entities.add(new Entity(words, type, begin, end));
        edu.stanford.nlp.time.Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null) {
          timexes.add(new Timex(words, timex.timexType(), timex.value(), begin, end));
        }
      }
    }
    int from = tokens.isEmpty() ? 0 : tokens.get(0).begin();
    int to = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, text.substring(from, to), tokens, deps, entities, timexes);
  }
}
