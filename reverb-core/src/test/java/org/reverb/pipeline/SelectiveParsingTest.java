package org.reverb.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reverb.annotate.AnnotatedArticle;
import org.reverb.annotate.Sentence;
import org.reverb.annotate.SharedAnnotator;
import org.reverb.extract.Lexicon;
import org.reverb.extract.RuleEventExtractor;
import org.reverb.ingest.ArticleReaders;
import org.reverb.model.Article;

/** Parsing only the sentences {@link ExtractionParseSelector} chooses changes no extracted mention. */
class SelectiveParsingTest {

  static final Path DEV = Path.of("../../shared/data/dev");

  @Test
  void the_dev_corpus_gives_the_same_mentions_with_only_the_chosen_sentences_parsed() {
    List<Article> articles = new ArrayList<>();
    ArticleReaders.read(List.of(DEV), articles::add, p -> {
      throw new AssertionError(p.toString());
    });
    ExtractionParseSelector selector = new ExtractionParseSelector(Lexicon.bundled());
    RuleEventExtractor extractor = RuleEventExtractor.bundled();
    int sentences = 0;
    int parsed = 0;
    for (Article article : articles) {
      AnnotatedArticle full = SharedAnnotator.INSTANCE.annotate(article);
      BitSet chosen = selector.select(full.sentences().stream().map(Sentence::tokens).toList());
      List<Sentence> selective = new ArrayList<>();
      for (Sentence s : full.sentences()) {
        selective.add(chosen.get(s.index()) ? s
            : new Sentence(s.index(), s.text(), s.tokens(), List.of(), s.entities(), s.timexes()));
      }
      assertEquals(extractor.extract(full), extractor.extract(new AnnotatedArticle(article, selective)),
          article.id());
      sentences += full.sentences().size();
      parsed += chosen.cardinality();
    }
    assertTrue(parsed < sentences, parsed + " of " + sentences + " sentences chosen: the selector saves nothing");
  }
}
