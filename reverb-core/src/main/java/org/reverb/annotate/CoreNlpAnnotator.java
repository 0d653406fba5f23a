package org.reverb.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.reverb.model.Article;

/**
 * Annotates with Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (coarse types, numbers, SUTime against the
 * publication date) and the neural dependency parser, run only on the sentences a {@link ParseSelector} chooses
 * (each sentence is parsed on its own, so a chosen sentence gets the same graph as in a full parse). Only the
 * enhanced++ graph is built, the one Reverb reads. The models load once, on the first call.
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

  /** The loaded models: CoreNLP's annotators but the parser, and the parser when {@code depparse} is asked for. */
  private record Models(StanfordCoreNLP tagger, DependencyParser parser) {}

  private final Properties properties;
  private final ParseSelector selector;
  private volatile Models models;

  /** Reverb's settings, parsing every sentence. */
  public CoreNlpAnnotator() {
    this(defaultProperties(), ParseSelector.ALL);
  }

  public CoreNlpAnnotator(Properties properties) {
    this(properties, ParseSelector.ALL);
  }

  /** Annotates with {@code properties}, and parses only the sentences {@code selector} chooses. */
  public CoreNlpAnnotator(Properties properties, ParseSelector selector) {
    this.properties = (Properties) properties.clone();
    this.selector = selector;
  }

  /** Loads the models now rather than on the first article. */
  public void warmUp() {
    models();
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    try {
      Annotation doc = new Annotation(article.text());
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
      Models m = models();
      m.tagger().annotate(doc);
      List<CoreMap> maps = doc.get(CoreAnnotations.SentencesAnnotation.class);
      List<List<Token>> tokens = new ArrayList<>(maps.size());
      for (CoreMap s : maps) {
        tokens.add(tokens(s));
      }
      BitSet parse = m.parser() == null ? new BitSet() : selector.select(tokens);
      List<Sentence> sentences = new ArrayList<>(maps.size());
      for (int i = 0; i < maps.size(); i++) {
        SemanticGraph graph = parse.get(i) ? parse(m.parser(), maps.get(i)) : null;
        sentences.add(sentence(i, maps.get(i), tokens.get(i), graph, article.text()));
      }
      return new AnnotatedArticle(article, sentences);
    } catch (RuntimeException e) {
      throw new AnnotationException(article.id(), e);
    }
  }

  private Models models() {
    Models m = models;
    if (m == null) {
      synchronized (this) {
        m = models;
        if (m == null) {
          m = load(properties);
          models = m;
        }
      }
    }
    return m;
  }

  /** CoreNLP's pipeline without {@code depparse}, and the dependency parser when the annotators name it. */
  private static Models load(Properties properties) {
    List<String> annotators = Arrays.stream(properties.getProperty("annotators", "").split(","))
        .map(String::strip).filter(a -> !a.isEmpty()).toList();
    if (annotators.contains("depparse") && !annotators.subList(0, annotators.indexOf("depparse")).contains("pos")) {
      // what CoreNLP's own requirement check says when depparse runs inside its pipeline
      throw new IllegalArgumentException("annotator depparse needs pos before it: " + annotators);
    }
    Properties tagging = (Properties) properties.clone();
    tagging.setProperty("annotators", annotators.stream().filter(a -> !a.equals("depparse"))
        .collect(Collectors.joining(",")));
    DependencyParser parser = !annotators.contains("depparse") ? null : DependencyParser.loadFromModelFile(
        properties.getProperty("depparse.model", DependencyParser.DEFAULT_MODEL),
        PropertiesUtils.extractPrefixedProperties(properties, "depparse."));
    return new Models(new StanfordCoreNLP(tagging), parser);
  }

  /** The enhanced++ graph of one sentence, as CoreNLP's depparse annotator builds it. */
  private static SemanticGraph parse(DependencyParser parser, CoreMap sentence) {
    GrammaticalStructure structure = parser.predict(sentence);
    return SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE, null);
  }

  private static List<Token> tokens(CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      tokens.add(new Token(l.index() - 1, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
          l.beginPosition(), l.endPosition()));
    }
    return tokens;
  }

  private static Sentence sentence(int index, CoreMap s, List<Token> tokens, SemanticGraph graph, String text) {
    List<Dependency> deps = new ArrayList<>();
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
