package org.reverb.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reverb.annotate.SharedAnnotator;
import org.reverb.extract.RuleEventExtractor;
import org.reverb.ingest.ArticleReaders;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.pipeline.Pipeline;
import org.reverb.resolve.SimilarityEventResolver;

/** Golden test: the first seed article through the whole pipeline, its two response_to links out. */
class SeedLinkTest {

  static final Path SEED = Path.of("../../shared/data/seeds/000_ea00b9217850bd5c.txt");

  static Event find(List<Event> events, String what, Predicate<Event> p) {
    return events.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no " + what + " among\n"
        + events.stream().map(Event::toString).collect(Collectors.joining("\n"))));
  }

  static String id(org.reverb.model.Actor a) {
    return a == null ? null : a.id();
  }

  @Test
  void the_baghdad_strike_answers_the_jordan_attack_and_the_withdrawal_request_answers_the_strike() {
    List<Article> articles = new ArrayList<>();
    ArticleReaders.read(List.of(SEED), articles::add, p -> {
      throw new AssertionError(p.toString());
    });
    Pipeline pipeline = new Pipeline(SharedAnnotator.INSTANCE, RuleEventExtractor.bundled(),
        new SimilarityEventResolver(), CueEventLinker.bundled());
    List<Event> events = pipeline.events(articles.get(0));
    Event strike = find(events, "Baghdad strike", e -> e.type() == EventType.ASSAULT && "USA".equals(id(e.actor()))
        && "Kataib Hezbollah".equals(id(e.target())));
    Event jordan = find(events, "Jordan attack", e -> e.type() == EventType.ASSAULT && e.place() != null
        && "JOR".equals(e.place().country()));
    Event withdrawal = find(events, "withdrawal request", e -> e.type() == EventType.REQUEST
        && "withdraw".equals(e.mode()));
    assertTrue(strike.links().stream().anyMatch(l -> l.event().equals(jordan.id())), strike.links().toString());
    assertTrue(withdrawal.links().stream().anyMatch(l -> l.event().equals(strike.id())),
        withdrawal.links().toString());
  }
}
