package org.reverb.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reverb.model.Article;

class CoreNlpAnnotatorTest {

  private static AnnotatedArticle annotated;

  @BeforeAll
  static void annotate() {
    String text = "The army killed three militia members in Baghdad on Tuesday.\n\n"
        + "Over 80 targets were struck in Iraq and Syria last week. A similar strike back in 2020 killed a general.";
    annotated = SharedAnnotator.INSTANCE.annotate(
        new Article("test.txt", LocalDate.of(2024, 2, 7), null, text, null, null));
  }

  @Test
  void sentences_keep_their_text_and_order() {
    assertEquals(3, annotated.sentences().size());
    assertEquals("The army killed three militia members in Baghdad on Tuesday.",
        annotated.sentences().get(0).text());
    assertEquals(2, annotated.sentences().get(2).index());
  }

  @Test
  void tokens_carry_lemmas_parts_of_speech_and_entity_tags() {
    Sentence s = annotated.sentences().get(0);
    Token killed = s.tokens().stream().filter(t -> t.word().equals("killed")).findFirst().orElseThrow();
    assertEquals("kill", killed.lemma());
    assertTrue(killed.isVerb());
    Token baghdad = s.tokens().stream().filter(t -> t.word().equals("Baghdad")).findFirst().orElseThrow();
    assertEquals("LOCATION", baghdad.ner());
    assertEquals("Baghdad", annotated.article().text().substring(baghdad.begin(), baghdad.end()));
  }

  @Test
  void the_dependency_graph_links_the_verb_to_its_subject_and_object() {
    Sentence s = annotated.sentences().get(0);
    int killed = s.words().indexOf("killed");
    assertTrue(s.children(killed).stream().anyMatch(d -> d.relation().equals("nsubj")
        && s.tokens().get(d.dependent()).word().equals("army")), s.dependencies().toString());
    assertTrue(s.children(killed).stream().anyMatch(d -> d.relation().equals("obj")
        && s.tokens().get(d.dependent()).word().equals("members")), s.dependencies().toString());
  }

  @Test
  void time_expressions_are_resolved_against_the_publication_date() {
    assertEquals("2024-02-06", annotated.sentences().get(0).timexes().get(0).value());
    assertEquals("2024-W05", annotated.sentences().get(1).timexes().get(0).value());
    assertEquals("2020", annotated.sentences().get(2).timexes().get(0).value());
  }

  @Test
  void a_failure_names_the_article() {
    // An article's text is never blank (Article refuses it), so failure is provoked by a broken pipeline.
    var props = CoreNlpAnnotator.defaultProperties();
    props.setProperty("annotators", "tokenize,ssplit,depparse");
    var broken = new CoreNlpAnnotator(props);
    var e = org.junit.jupiter.api.Assertions.assertThrows(AnnotationException.class, () -> broken.annotate(
        new Article("broken.txt", LocalDate.of(2024, 2, 7), null, "Text.", null, null)));
    assertTrue(e.getMessage().startsWith("broken.txt: annotation failed"), e.getMessage());
  }
}
