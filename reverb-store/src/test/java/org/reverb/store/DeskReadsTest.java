package org.reverb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reverb.store.Fixtures.FEB_7;
import static org.reverb.store.Fixtures.KH;
import static org.reverb.store.Fixtures.USA;
import static org.reverb.store.Fixtures.article;
import static org.reverb.store.Fixtures.event;
import static org.reverb.store.Fixtures.full;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;

/** The reads behind the REST API and exports: mode, target and text filters, counts and aggregates. */
class DeskReadsTest {

  private static final Actor IRQ = new Actor("IRQ", "Iraq", ActorKind.STATE, "IRQ", null);

  @TempDir
  Path dir;

  private SqliteEventStore store;

  @BeforeEach
  void open() {
    store = new SqliteEventStore(dir.resolve("desk.db"));
    store.put(article("a1", "US aircraft struck Kataib Hezbollah in Baghdad. 100% sure_ly."), List.of(
        full("strike", "a1"),
        event("answer", "a1", EventType.ASSAULT, KH, USA, "JOR", DateSpan.day(FEB_7.minusDays(10))),
        event("demand", "a1", EventType.REQUEST, IRQ, USA, "IRQ", DateSpan.day(FEB_7)),
        event("second", "a1", EventType.ASSAULT, USA, KH, "IRQ", DateSpan.day(FEB_7.minusDays(1)))));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void mode_target_and_text_filter_events_and_count_ignores_the_page() {
    assertEquals(List.of("strike"), ids(store.events(query(null, null, "aerial", null))));
    assertEquals(List.of("answer", "demand"), ids(store.events(query(null, null, null, "usa"))));
    assertEquals(List.of("strike"), ids(store.events(query("killed three", null, null, null))));
    assertEquals(List.of("answer", "strike", "second"), ids(store.events(query(null, "kataib hezbollah", null, null))));
    assertEquals(3, store.count(query(null, "Kataib Hezbollah", null, null).page(1, 1)));
    assertEquals(List.of("strike"), ids(store.events(query(null, "Kataib Hezbollah", null, null).page(1, 1))));
  }

  @Test
  void text_query_wildcards_are_taken_literally() {
    assertEquals(0, store.count(query("%", null, null, null)));
    assertEquals(0, store.count(query("_", null, null, null)));
  }

  @Test
  void actors_come_with_their_counts_most_events_first() {
    List<ActorCount> actors = store.actors(EventQuery.ALL);

    assertEquals(List.of(new ActorCount(USA, 4, 2, 2), new ActorCount(KH, 3, 1, 2), new ActorCount(IRQ, 1, 1, 0)),
        actors);
    assertEquals(List.of(new ActorCount(KH, 1, 1, 0), new ActorCount(USA, 1, 0, 1)),
        store.actors(new EventQuery(EventType.ASSAULT, null, "JOR", null, null, 0, 0)));
  }

  @Test
  void pairs_are_weighted_by_events_and_sum_their_deaths() {
    assertEquals(List.of(new PairCount(USA, KH, 2, 3), new PairCount(IRQ, USA, 1, 0), new PairCount(KH, USA, 1, 0)),
        store.pairs(EventQuery.ALL, 0));
    assertEquals(List.of(new PairCount(USA, KH, 2, 3)), store.pairs(EventQuery.ALL, 1));
    assertEquals(List.of(new PairCount(USA, KH, 2, 3)), store.pairs(query(null, null, null, "Kataib Hezbollah"), 0));
  }

  @Test
  void places_are_counted_per_stored_place() {
    List<PlaceCount> places = store.places(EventQuery.ALL, 0);
    assertEquals(1, store.places(EventQuery.ALL, 1).size());

    assertEquals(List.of("Baghdad 1 3", "IRQ 2 0", "JOR 1 0"),
        places.stream().map(p -> p.place().name() + " " + p.events() + " " + p.fatalities()).sorted().toList());
  }

  private static EventQuery query(String text, String actor, String mode, String target) {
    return new EventQuery(null, actor, null, null, null, 0, 0, mode, target, text);
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }
}
