package org.reverb.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reverb.story.StoryEvents.CHL;
import static org.reverb.story.StoryEvents.IRQ;
import static org.reverb.story.StoryEvents.KH;
import static org.reverb.story.StoryEvents.PROTESTERS;
import static org.reverb.story.StoryEvents.USA;
import static org.reverb.story.StoryEvents.article;
import static org.reverb.story.StoryEvents.event;
import static org.reverb.story.StoryEvents.span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.model.EventType;

class SimilarityStoryThreaderTest {

  final SimilarityStoryThreader threader = new SimilarityStoryThreader();
  final StoryCandidates.InMemory known = new StoryCandidates.InMemory();

  static final String STRIKE_TEXT = "A United States drone strike in Baghdad killed a Kataib Hezbollah commander. "
      + "The militia vowed revenge for the strike on its commander.";

  private StoryAssignment thread(Article a, List<Event> events) {
    StoryAssignment s = threader.thread(a, events, known).orElseThrow();
    known.add(s.story(), StoryFeatures.of(a, events));
    return s;
  }

  @Test
  void the_first_article_founds_a_story_named_after_its_content() {
    Article a = article("a1", "2024-02-07", STRIKE_TEXT);
    StoryAssignment s = thread(a, List.of(event("e1", "a1", EventType.ASSAULT, USA, KH, "IRQ",
        span("2024-02-05", "2024-02-07"))));

    assertTrue(s.founded());
    assertEquals(StoryThreader.newStoryId(a), s.story());
  }

  @Test
  void an_article_that_tells_a_known_event_joins_its_story_whatever_its_words() {
    Event strike = event("e1", "a1", EventType.ASSAULT, USA, KH, "IRQ", span("2024-02-05", "2024-02-07"));
    StoryAssignment first = thread(article("a1", "2024-02-07", STRIKE_TEXT), List.of(strike));

    StoryAssignment second = thread(article("a2", "2024-03-20", "Mourners gathered in the capital."),
        List.of(strike));

    assertFalse(second.founded());
    assertEquals(first.story(), second.story());
    assertEquals(1.0, second.score());
  }

  @Test
  void an_article_answering_a_known_event_by_a_link_joins_its_story() {
    Event strike = event("e1", "a1", EventType.ASSAULT, USA, KH, "IRQ", span("2024-02-05", "2024-02-07"));
    StoryAssignment first = thread(article("a1", "2024-02-07", STRIKE_TEXT), List.of(strike));
    Event demand = event("e2", "a2", EventType.REQUEST, "withdraw", IRQ, USA, "IRQ", span("2024-02-08", "2024-02-08"),
        null, org.reverb.model.Modality.ASSERTED,
        List.of(new org.reverb.model.Link(org.reverb.model.Link.Type.RESPONSE_TO, "e1", null)));

    assertEquals(first.story(), thread(article("a2", "2024-02-09", "Lawmakers demand a withdrawal."),
        List.of(demand)).story());
  }

  @Test
  void a_report_on_the_same_parties_and_words_a_week_later_joins_the_story() {
    StoryAssignment first = thread(article("a1", "2024-02-07", STRIKE_TEXT),
        List.of(event("e1", "a1", EventType.ASSAULT, USA, KH, "IRQ", span("2024-02-05", "2024-02-07"))));

    StoryAssignment second = thread(article("a2", "2024-02-14", "Kataib Hezbollah fired rockets at a United "
            + "States base in revenge for the Baghdad strike that killed its commander."),
        List.of(event("e2", "a2", EventType.ASSAULT, KH, USA, "IRQ", span("2024-02-13", "2024-02-13"))));

    assertEquals(first.story(), second.story());
  }

  @Test
  void an_article_about_another_conflict_founds_its_own_story() {
    StoryAssignment first = thread(article("a1", "2024-02-07", STRIKE_TEXT),
        List.of(event("e1", "a1", EventType.ASSAULT, USA, KH, "IRQ", span("2024-02-05", "2024-02-07"))));

    StoryAssignment chile = thread(article("a2", "2024-02-08", "More than a million people marched in Santiago "
            + "against inequality; Chile's president asked his cabinet to resign."),
        List.of(event("e2", "a2", EventType.PROTEST, PROTESTERS, CHL, "CHL", span("2024-02-07", "2024-02-07"))));

    assertTrue(chile.founded());
    assertFalse(first.story().equals(chile.story()));
  }

  @Test
  void the_same_parties_months_later_are_another_story() {
    StoryAssignment first = thread(article("a1", "2024-02-07", STRIKE_TEXT),
        List.of(event("e1", "a1", EventType.ASSAULT, USA, KH, "IRQ", span("2024-02-05", "2024-02-07"))));

    StoryAssignment later = thread(article("a2", "2024-06-07", STRIKE_TEXT),
        List.of(event("e2", "a2", EventType.ASSAULT, USA, KH, "IRQ", span("2024-06-05", "2024-06-07"))));

    assertTrue(later.founded());
    assertFalse(first.story().equals(later.story()));
  }

  @Test
  void an_article_with_no_events_founds_no_story() {
    assertEquals(Optional.empty(), threader.thread(article("a1", "2024-05-23", "Nvidia shares jumped."), List.of(),
        known));
  }

  @Test
  void the_two_seed_articles_are_one_story() throws Exception {
    Map<String, List<String>> stories = threadCorpus(Path.of("../../shared/data/seeds"), "seed-events.json");

    assertEquals(List.of(List.of("000_ea00b9217850bd5c.txt", "001_dbf4b11c1ec67530.txt")),
        List.copyOf(stories.values()));
  }

  @Test
  void the_dev_corpus_threads_its_follow_up_pairs_and_keeps_unrelated_conflicts_apart() throws Exception {
    Map<String, List<String>> stories = threadCorpus(Path.of("../../shared/data/dev"), "dev-events.json");

    List<List<String>> shared = stories.values().stream().filter(s -> s.size() > 1).toList();
    assertEquals(List.of(
        List.of("027_moscow_concert_hall_attack.txt", "028_moscow_attack_suspects_charged.txt"),
        List.of("034_golan_rocket_kills_children.txt", "035_israel_strikes_beirut_commander.txt")), shared);
    // 36 articles: the four with no conflict event (science, weather, earnings, football) found no story.
    assertEquals(30, stories.size());
    assertTrue(stories.values().stream().flatMap(List::stream).noneMatch(a -> a.startsWith("010_")
        || a.startsWith("011_") || a.startsWith("030_") || a.startsWith("031_")));
  }

  /** Threads a corpus article by article in file order; story id → its articles. */
  private Map<String, List<String>> threadCorpus(Path dir, String snapshot) throws Exception {
    Map<String, List<String>> stories = new LinkedHashMap<>();
    for (StoryCorpus.Item i : StoryCorpus.load(dir, snapshot)) {
      threader.thread(i.article(), i.events(), known).ifPresent(s -> {
        known.add(s.story(), StoryFeatures.of(i.article(), i.events()));
        stories.computeIfAbsent(s.story(), k -> new ArrayList<>()).add(i.article().id());
      });
    }
    return stories;
  }
}
