package org.reverb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reverb.store.Fixtures.FEB_7;
import static org.reverb.store.Fixtures.KH;
import static org.reverb.store.Fixtures.USA;
import static org.reverb.store.Fixtures.article;
import static org.reverb.store.Fixtures.event;
import static org.reverb.store.Fixtures.source;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.Article;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Modality;
import org.reverb.story.SimilarityStoryThreader;
import org.reverb.story.Story;
import org.reverb.story.StoryThreader;
import org.reverb.store.EventStore.PutResult;

class StoryTablesTest {

  static final StoryThreader THREADER = new SimilarityStoryThreader();
  static final Actor CHL = new Actor("CHL", "Chile", ActorKind.STATE, "CHL", null);

  @TempDir
  Path dir;

  SqliteEventStore store;

  @BeforeEach
  void open() {
    store = new SqliteEventStore(dir.resolve("reverb.db"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Event strike(String id, String article) {
    return event(id, article, EventType.ASSAULT, USA, KH, "IRQ", DateSpan.week(FEB_7));
  }

  /** The strike as a second article tells it: the same id (resolved), a new source. */
  static Event strikeAgain(String id, String article) {
    Event e = strike(id, article);
    return new Event(e.id(), e.type(), e.mode(), e.actor(), e.target(), e.place(), e.date(), 3, null,
        Modality.ASSERTED, 0.9, null, List.of(source(article, "The strike killed three.")), List.of());
  }

  @Test
  void an_article_founds_a_story_that_holds_it_and_its_events() {
    Article a1 = article("a1", "US aircraft struck Kataib Hezbollah in Baghdad.");
    assertEquals(PutResult.ADDED, store.put(a1, List.of(strike("e1", "a1")), THREADER));

    Story s = store.stories().get(0);
    assertEquals(StoryThreader.newStoryId(a1), s.id());
    assertEquals("United States – Kataib Hezbollah, Iraq, Feb 2024", s.title());
    assertEquals(List.of("a1"), s.articles());
    assertEquals(List.of("United States", "Kataib Hezbollah"), s.actors());
    assertEquals(1, s.events());
    assertEquals(s.id(), store.storyEvents(s.id()).get(0).story());
    assertEquals(s, store.story(s.id()).orElseThrow());
  }

  @Test
  void an_article_telling_a_stored_event_joins_its_story() {
    store.put(article("a1", "US aircraft struck Kataib Hezbollah in Baghdad."), List.of(strike("e1", "a1")), THREADER);
    store.put(article("a2", "Mourners buried the commander."), List.of(strikeAgain("e1", "a2"),
        event("e2", "a2", EventType.PROTEST, null, null, "IRQ", DateSpan.day(FEB_7))), THREADER);

    List<Story> stories = store.stories();
    assertEquals(1, stories.size());
    assertEquals(List.of("a1", "a2"), stories.get(0).articles());
    assertEquals(2, stories.get(0).events());
    assertEquals(List.of("e1", "e2"), store.storyEvents(stories.get(0).id()).stream().map(Event::id).sorted().toList());
  }

  @Test
  void an_article_about_another_conflict_founds_another_story() {
    store.put(article("a1", "US aircraft struck Kataib Hezbollah in Baghdad."), List.of(strike("e1", "a1")), THREADER);
    store.put(article("a2", "A million people marched in Santiago."),
        List.of(event("e2", "a2", EventType.PROTEST, null, CHL, "CHL", DateSpan.day(FEB_7))), THREADER);

    assertEquals(2, store.stories().size());
  }

  @Test
  void the_same_article_put_twice_is_threaded_once() {
    Article a1 = article("a1", "US aircraft struck Kataib Hezbollah in Baghdad.");
    store.put(a1, List.of(strike("e1", "a1")), THREADER);
    assertEquals(PutResult.UNCHANGED, store.put(a1, List.of(strike("e1", "a1")), THREADER));

    assertEquals(1, store.stories().size());
    assertEquals(List.of("a1"), store.stories().get(0).articles());
  }

  @Test
  void a_replaced_article_leaves_its_old_story_and_an_empty_story_is_removed() {
    Article first = article("a1", "US aircraft struck Kataib Hezbollah in Baghdad.");
    store.put(first, List.of(strike("e1", "a1")), THREADER);
    Article revised = article("a1", "A million people marched in Santiago.");
    assertEquals(PutResult.REPLACED, store.put(revised,
        List.of(event("e2", "a1", EventType.PROTEST, null, CHL, "CHL", DateSpan.day(FEB_7))), THREADER));

    List<Story> stories = store.stories();
    assertEquals(1, stories.size());
    assertEquals(StoryThreader.newStoryId(revised), stories.get(0).id());
    assertTrue(store.story(StoryThreader.newStoryId(first)).isEmpty());
  }

  @Test
  void a_failure_while_threading_stores_neither_the_article_nor_its_story() {
    Article a1 = article("a1", "US aircraft struck Kataib Hezbollah in Baghdad.");
    StoryThreader broken = (article, events, candidates) -> {
      throw new IllegalStateException("threader broke");
    };

    assertThrows(IllegalStateException.class, () -> store.put(a1, List.of(strike("e1", "a1")), broken));

    assertFalse(store.contains(a1));
    assertEquals(0, store.eventCount());
    assertEquals(List.of(), store.stories());
  }

  @Test
  void stories_survive_reopening_the_store() {
    store.put(article("a1", "US aircraft struck Kataib Hezbollah in Baghdad."), List.of(strike("e1", "a1")), THREADER);
    List<Story> before = store.stories();
    store.close();
    store = new SqliteEventStore(dir.resolve("reverb.db"));

    assertEquals(before, store.stories());
    assertEquals(Migrations.latest(), store.schemaVersion());
  }

  @Test
  void the_events_of_a_pair_are_found_either_way_round_by_id_or_name() {
    store.put(article("a1", "Strikes and counter-strikes."), List.of(strike("e1", "a1"),
        event("e2", "a1", EventType.ASSAULT, KH, USA, "JOR", DateSpan.until(FEB_7)),
        event("e3", "a1", EventType.PROTEST, null, USA, "IRQ", DateSpan.day(FEB_7))), THREADER);

    assertEquals(List.of("e1", "e2"), store.pairEvents("usa", "Kataib Hezbollah").stream().map(Event::id).sorted()
        .toList());
    assertEquals(2, store.pairEvents("kataib hezbollah", "United States").size());
  }
}
