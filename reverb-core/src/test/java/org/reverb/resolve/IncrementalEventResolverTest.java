package org.reverb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.reverb.resolve.EventSimilarityTest.BAGHDAD;
import static org.reverb.resolve.EventSimilarityTest.FEB_7;
import static org.reverb.resolve.EventSimilarityTest.FEB_8;
import static org.reverb.resolve.EventSimilarityTest.JORDAN;
import static org.reverb.resolve.EventSimilarityTest.KH;
import static org.reverb.resolve.EventSimilarityTest.USA;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Mention;
import org.reverb.model.Modality;
import org.reverb.model.Source;

class IncrementalEventResolverTest {

  static Mention mention(String article, java.time.LocalDate published, int sentence, String text,
      org.reverb.model.Actor actor, org.reverb.model.Actor target, org.reverb.model.Place place, DateSpan date,
      Integer dead) {
    return new Mention(article, published, sentence, text, "strike", EventType.ASSAULT, "aerial", actor, target,
        place, date, dead, null, Modality.ASSERTED, 0.8);
  }

  /** The seed of 2024-02-07: the Baghdad strike and the Jordan attack it answered. */
  static List<Mention> articleA() {
    return List.of(
        mention("A", FEB_7, 0, "A US drone strike in the heart of Baghdad killed three members of Kataib Hezbollah.",
            USA, KH, BAGHDAD, DateSpan.between(FEB_7.minusDays(7), FEB_7), 3),
        mention("A", FEB_7, 5, "The strike answered the killing of three US soldiers in a drone attack in Jordan.",
            KH, USA, JORDAN, DateSpan.until(FEB_7), 3));
  }

  /** The seed of 2024-02-08: the funeral of a commander killed in "the recent US drone strike in Baghdad". */
  static List<Mention> articleB() {
    return List.of(
        mention("B", FEB_8, 0, "Hundreds mourn the fallen commander, a casualty of the recent US drone strike in "
            + "Baghdad.", USA, null, BAGHDAD, DateSpan.until(FEB_8), null),
        mention("B", FEB_8, 3, "The US drone strike claimed the lives of three members of Kataib Hezbollah.", USA,
            KH, BAGHDAD, DateSpan.until(FEB_8), 3));
  }

  /** Resolves each article, then across articles against what came before, as ingest does with a store. */
  static EventCandidates.InMemory ingest(List<List<Mention>> articles) {
    EventCandidates.InMemory known = new EventCandidates.InMemory();
    for (List<Mention> article : articles) {
      List<Event> own = new SimilarityEventResolver().resolve(article);
      known.add(new IncrementalEventResolver(known).resolve(own));
    }
    return known;
  }

  static Set<Set<Source>> mentionSets(EventCandidates.InMemory known) {
    return known.events().stream().map(e -> Set.copyOf(e.mentions())).collect(Collectors.toSet());
  }

  @Test
  void the_recent_strike_of_a_later_article_joins_the_stored_strike_and_the_jordan_attack_stays_apart() {
    EventCandidates.InMemory known = ingest(List.of(articleA(), articleB()));
    assertEquals(2, known.events().size());
    Event strike = known.events().get(0);
    assertEquals(Set.of("A", "B"), strike.mentions().stream().map(Source::article).collect(Collectors.toSet()));
    assertEquals(3, strike.mentions().size());
    assertEquals(DateSpan.between(FEB_7.minusDays(7), FEB_7), strike.date());
    assertEquals(1, known.events().get(1).mentions().size(), "the Jordan attack stays apart");
  }

  @Test
  void resolving_a_then_b_gives_the_same_mention_groups_and_fields_as_b_then_a() {
    EventCandidates.InMemory ab = ingest(List.of(articleA(), articleB()));
    EventCandidates.InMemory ba = ingest(List.of(articleB(), articleA()));
    assertEquals(mentionSets(ab), mentionSets(ba));
    Comparator<Event> bySize = Comparator.comparingInt(e -> e.mentions().size());
    Event strikeAb = ab.events().stream().max(bySize).orElseThrow();
    Event strikeBa = ba.events().stream().max(bySize).orElseThrow();
    assertEquals(strikeAb.date(), strikeBa.date());
    assertEquals(strikeAb.place(), strikeBa.place());
    assertEquals(strikeAb.target(), strikeBa.target());
    assertEquals(strikeAb.fatalities(), strikeBa.fatalities());
    // The limit: the merged event keeps the id of the article ingested first, so ids differ between orders.
    assertNotEquals(strikeAb.id(), strikeBa.id());
  }

  @Test
  void resolving_again_in_the_same_order_gives_the_same_ids() {
    List<String> first = ingest(List.of(articleA(), articleB())).events().stream().map(Event::id).toList();
    List<String> second = ingest(List.of(articleA(), articleB())).events().stream().map(Event::id).toList();
    assertEquals(first, second);
  }

  @Test
  void each_known_event_takes_at_most_one_event_of_an_article_the_best_one() {
    EventCandidates.InMemory known = ingest(List.of(articleA()));
    Event stored = known.events().get(0);
    Event weak = EventSimilarity.asEvent(mention("C", FEB_8, 0, "An attack.", USA, null, BAGHDAD,
        DateSpan.until(FEB_8), null));
    Event strong = EventSimilarity.asEvent(mention("C", FEB_8, 1, stored.mentions().get(0).sentence(), USA, KH,
        BAGHDAD, DateSpan.day(FEB_7), 3));
    List<Event> out = new IncrementalEventResolver(known).resolve(List.of(
        SimilarityEventResolver.withId(weak, "c1"), SimilarityEventResolver.withId(strong, "c2")));
    assertEquals("c1", out.get(0).id());
    assertEquals(stored.id(), out.get(1).id());
  }

  @Test
  void links_between_an_articles_events_follow_the_renamed_id() {
    EventCandidates.InMemory known = ingest(List.of(articleA()));
    List<Event> own = new ArrayList<>(new SimilarityEventResolver().resolve(articleB()));
    Event strike = own.get(0);
    Event answer = new Event("r", EventType.PROTEST, null, null, null, BAGHDAD, DateSpan.day(FEB_8), null, null,
        Modality.ASSERTED, 0.5, null, List.of(new Source("B", FEB_8, "Mourners protested.", "protested")),
        List.of(new Link(Link.Type.RESPONSE_TO, strike.id(), null)));
    own.add(answer);
    List<Event> out = new IncrementalEventResolver(known).resolve(own);
    assertEquals(known.events().get(0).id(), out.get(0).id());
    assertEquals(known.events().get(0).id(), out.get(1).links().get(0).event());
  }
}
