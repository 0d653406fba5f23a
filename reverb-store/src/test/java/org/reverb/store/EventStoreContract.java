package org.reverb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reverb.store.Fixtures.FEB_7;
import static org.reverb.store.Fixtures.KH;
import static org.reverb.store.Fixtures.USA;
import static org.reverb.store.Fixtures.article;
import static org.reverb.store.Fixtures.bare;
import static org.reverb.store.Fixtures.event;
import static org.reverb.store.Fixtures.full;
import static org.reverb.store.Fixtures.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.Article;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Link;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.model.Source;
import org.reverb.resolve.IncrementalEventResolver;
import org.reverb.story.SimilarityStoryThreader;
import org.reverb.story.Story;
import org.reverb.story.StoryThreader;
import org.reverb.store.EventStore.PutResult;

/**
 * What every {@link EventStore} does, whatever the database: one subclass per backend gives a new, empty store
 * location per test ({@link SqliteEventStoreTest}, {@link PostgresEventStoreTest}); the same inputs must give the same
 * events, links, stories, counts and query answers in each.
 */
abstract class EventStoreContract {

  static final StoryThreader THREADER = new SimilarityStoryThreader();
  static final Actor CHL = new Actor("CHL", "Chile", ActorKind.STATE, "CHL", null);
  private static final Actor IRQ = new Actor("IRQ", "Iraq", ActorKind.STATE, "IRQ", null);

  /** The location of this test's store, for {@link EventStores#open}. */
  String location;
  EventStore store;

  /** A new location where no store is yet; called once before each test. */
  abstract String newLocation() throws Exception;

  /** Removes what {@link #newLocation} made; called after each test, the store closed. */
  abstract void dropLocation(String location) throws Exception;

  /** How the store names itself in its messages. */
  abstract String name();

  @BeforeEach
  void openStore() throws Exception {
    location = newLocation();
    store = EventStores.open(location);
  }

  @AfterEach
  void closeStore() throws Exception {
    store.close();
    dropLocation(location);
  }

  /** Another store on the same location: a second process, as far as the database can tell. */
  EventStore reopen() {
    return EventStores.open(location);
  }

  // ---- Articles and events ----

  @Test
  void an_event_with_every_field_set_comes_back_equal() {
    Event e = full("e1", "a1");

    assertEquals(PutResult.ADDED, store.put(article("a1", "US aircraft struck."), List.of(e)));

    assertEquals(Optional.of(e), store.event("e1"));
    assertEquals(List.of(e), store.events(EventQuery.ALL));
  }

  @Test
  void an_event_with_every_nullable_field_null_comes_back_equal() {
    Event e = bare("e2", "a1");
    Actor stateless = new Actor("protesters", "protesters", ActorKind.PROTESTERS, null, null);
    Place sea = new Place("Red Sea", null, null, null, null, Place.Precision.COUNTRY);
    Event parts = new Event("e3", e.type(), "strike", stateless, null, sea, DateSpan.until(FEB_7), 0, null,
        Modality.HYPOTHETICAL, 0.0, null, List.of(source("a1", "They might strike.")),
        List.of(new Link(Link.Type.RESPONSE_TO, "e2", null)));

    store.put(article("a1", "Unions plan to protest."), List.of(e, parts));

    assertEquals(Optional.of(e), store.event("e2"));
    assertEquals(Optional.of(parts), store.event("e3"));
    assertEquals(Optional.empty(), store.event("nope"));
  }

  @Test
  void putting_the_same_article_twice_stores_it_once_and_does_not_duplicate_its_events() {
    Article a = article("a1", "US aircraft struck.");

    assertEquals(PutResult.ADDED, store.put(a, List.of(full("e1", "a1"))));
    assertEquals(PutResult.UNCHANGED, store.put(a, List.of(full("e1", "a1"), bare("e2", "a1"))));

    assertEquals(1, store.articleCount());
    assertEquals(1, store.eventCount());
    assertEquals(List.of(full("e1", "a1")), store.events(EventQuery.ALL));
    assertTrue(store.contains(a));
  }

  @Test
  void the_same_content_under_another_id_is_unchanged() {
    store.put(article("a1", "US aircraft struck.\n\nThree died."), List.of(full("e1", "a1")));
    Article copy = new Article("mirror/a1", FEB_7, "Other headline", "  US aircraft struck. Three   died.\n", null,
        null);

    assertTrue(store.contains(copy));
    assertEquals(PutResult.UNCHANGED, store.put(copy, List.of(bare("e9", "mirror/a1"))));

    assertEquals(1, store.articleCount());
    assertEquals(List.of("e1"), ids(store.events(EventQuery.ALL)));
  }

  @Test
  void the_same_id_with_new_text_replaces_the_article_and_its_old_events() {
    store.put(article("a1", "First version."), List.of(full("e1", "a1"), bare("e2", "a1")));
    Article revised = article("a1", "Second version.");

    assertFalse(store.contains(revised));
    assertEquals(PutResult.REPLACED, store.put(revised, List.of(bare("e3", "a1"))));

    assertEquals(1, store.articleCount());
    assertEquals(List.of(bare("e3", "a1")), store.events(EventQuery.ALL));
    assertTrue(store.contains(revised));
    assertFalse(store.contains(article("a1", "First version.")));
  }

  @Test
  void replacing_an_article_keeps_an_event_another_article_also_reports_but_drops_the_old_mention() {
    store.put(article("a1", "First."), List.of(bare("e1", "a1")));
    Event both = new Event("e1", bare("e1", "a1").type(), null, null, null, null, null, null, null, Modality.PLANNED,
        0.5, null, List.of(source("a1", "Unions plan to protest."), source("a2", "Unions will march.")), List.of());
    store.put(article("a2", "Second."), List.of(both));

    assertEquals(PutResult.REPLACED, store.put(article("a1", "First, revised."), List.of()));

    assertEquals(List.of(source("a2", "Unions will march.")), store.event("e1").orElseThrow().mentions());
  }

  @Test
  void an_event_already_stored_keeps_the_fields_a_later_article_does_not_better_and_gains_its_mentions_and_links() {
    Event first = full("e1", "a1");
    store.put(article("a1", "US aircraft struck."), List.of(first));
    Event later = new Event("e1", first.type(), null, null, null, null, null, 2, null, Modality.ASSERTED, 0.4, null,
        List.of(first.mentions().get(1), source("a2", "Washington confirmed the strike."),
            source("a2", "Washington confirmed the strike.")),
        List.of(new Link(Link.Type.RESPONSE_TO, "e0", "other evidence, same link"),
            new Link(Link.Type.RESPONSE_TO, "e7", null)));

    assertEquals(PutResult.ADDED, store.put(article("a2", "Washington confirmed."), List.of(later)));

    Event merged = store.event("e1").orElseThrow();
    List<Object> expectedMentions = new ArrayList<>(first.mentions());
    expectedMentions.add(source("a2", "Washington confirmed the strike."));
    assertEquals(expectedMentions, merged.mentions());
    List<Object> expectedLinks = new ArrayList<>(first.links());
    expectedLinks.add(new Link(Link.Type.RESPONSE_TO, "e7", null));
    assertEquals(expectedLinks, merged.links());
    assertEquals(first.fatalities(), merged.fatalities());
    assertEquals(first.place(), merged.place());
    assertEquals(1, store.eventCount());
  }

  @Test
  void a_second_articles_event_merging_into_a_stored_event_appends_its_source_and_tightens_the_date() {
    Place iraq = new Place("Iraq", "IRQ", null, null, null, Place.Precision.COUNTRY);
    Event first = new Event("e1", EventType.ASSAULT, "aerial", USA, null, iraq, DateSpan.week(FEB_7), null, null,
        Modality.ASSERTED, 0.6, null, List.of(source("a1", "A US drone strike hit Iraq.")), List.of());
    store.put(article("a1", "A US drone strike hit Iraq."), List.of(first));
    LocalDate feb8 = FEB_7.plusDays(1);
    Event second = new Event("e2", EventType.ASSAULT, null, USA, KH, Fixtures.BAGHDAD, DateSpan.day(FEB_7), 3, null,
        Modality.ASSERTED, 0.8, null,
        List.of(new Source("a2", feb8, "The US drone strike in Baghdad killed three.", "strike")), List.of());

    List<Event> resolved = new IncrementalEventResolver(new StoredCandidates(store)).resolve(List.of(second));
    assertEquals("e1", resolved.get(0).id(), "the stored event is found among the candidates");
    store.put(new Article("a2", feb8, "Funeral", "The US drone strike in Baghdad killed three.", null, null),
        resolved);

    assertEquals(1, store.eventCount());
    Event merged = store.event("e1").orElseThrow();
    assertEquals(List.of("a1", "a2"), merged.mentions().stream().map(Source::article).toList());
    assertEquals(DateSpan.day(FEB_7), merged.date(), "the tighter date");
    assertEquals(Fixtures.BAGHDAD, merged.place(), "the finer place");
    assertEquals(KH, merged.target(), "an actor over null");
    assertEquals("aerial", merged.mode());
    assertEquals(Integer.valueOf(3), merged.fatalities());
    assertEquals(List.of(merged), store.events(new EventQuery(null, "Kataib Hezbollah", "IRQ", null, null, 0, 0)),
        "the filters see the merged fields");
  }

  @Test
  void the_type_filter_keeps_only_that_type() {
    putFilterFixture();

    assertEquals(List.of("d2", "d1", "d4"), ids(store.events(query(EventType.ASSAULT, null, null,
        null, null))));
    assertEquals(List.of("d3"), ids(store.events(query(EventType.PROTEST, null, null, null,
        null))));
  }

  @Test
  void the_actor_filter_matches_the_actor_or_the_target_by_id_or_name_ignoring_case() {
    putFilterFixture();

    assertEquals(List.of("d2", "d1"), ids(store.events(query(null, "usa", null, null, null))));
    assertEquals(List.of("d2", "d1"), ids(store.events(query(null, "United States", null, null, null))));
    assertEquals(List.of("d1", "d4"), ids(store.events(query(null, "KATAIB HEZBOLLAH", null, null, null))));
    assertEquals(List.of("u1"), ids(store.events(query(null, "türkiye", null, null, null))));
    assertEquals(List.of(), ids(store.events(query(null, "Iran", null, null, null))));
  }

  @Test
  void the_country_filter_matches_the_place_country() {
    putFilterFixture();

    assertEquals(List.of("d1", "d4"), ids(store.events(query(null, null, "IRQ", null, null))));
    assertEquals(List.of("d2"), ids(store.events(query(null, null, "syr", null, null))));
  }

  @Test
  void the_date_filters_keep_events_whose_interval_overlaps_with_open_ends_open_and_undated_events_out() {
    putFilterFixture();
    // d1 2024-02-01..07, d2 2024-01-15, d3 2023 (year), d4 ..2024-01-10 (open start), o1 2024-03-01.. (open end)

    assertEquals(List.of("d1", "o1"), ids(store.events(query(null, null, null, FEB_7, null))));
    assertEquals(List.of("d3", "d2", "d4"), ids(store.events(query(null, null, null, null,
        LocalDate.of(2024, 1, 31)))));
    assertEquals(List.of("d2", "d4"), ids(store.events(query(null, null, null, LocalDate.of(2024, 1, 10),
        LocalDate.of(2024, 1, 20)))));
    assertEquals(List.of("d3", "d4"), ids(store.events(query(null, null, null, LocalDate.of(2023, 12, 31),
        LocalDate.of(2023, 12, 31)))));
  }

  @Test
  void events_come_by_earliest_day_then_id_open_starts_after_and_undated_last_with_limit_and_offset() {
    putFilterFixture();

    assertEquals(List.of("d3", "d2", "d1", "o1", "d4", "u1", "u2"), ids(store.events(EventQuery.ALL)));
    assertEquals(List.of("d2", "d1"), ids(store.events(new EventQuery(null, null, null, null, null, 2, 1))));
    assertEquals(List.of("u1", "u2"), ids(store.events(new EventQuery(null, null, null, null, null, 0, 5))));
    assertEquals(List.of("d3"), ids(store.events(new EventQuery(null, null, null, null, null, 1, 0))));
  }

  @Test
  void filters_combine() {
    putFilterFixture();

    assertEquals(List.of("d1"), ids(store.events(new EventQuery(EventType.ASSAULT, "usa", "IRQ",
        FEB_7.minusDays(1), null, 0, 0))));
  }

  @Test
  void reopening_a_store_keeps_its_data_and_schema_version() {
    store.put(article("a1", "US aircraft struck."), List.of(full("e1", "a1"), bare("e2", "a1")));
    List<Event> before = store.events(EventQuery.ALL);
    store.close();

    store = reopen();

    assertEquals(Migrations.latest(), store.schemaVersion());
    assertEquals(before, store.events(EventQuery.ALL));
    assertEquals(1, store.articleCount());
    assertTrue(store.contains(article("a1", "US aircraft struck.")));
  }

  @Test
  void an_event_citing_an_article_not_stored_is_refused_and_nothing_is_written() {
    Event ghost = bare("e2", "ghost");

    StoreException e = assertThrows(StoreException.class,
        () -> store.put(article("a1", "US aircraft struck."), List.of(full("e1", "a1"), ghost)));

    assertEquals(name() + ": event e2 cites article ghost, which is not stored; put that article first",
        e.getMessage());
    assertEquals(0, store.articleCount());
    assertEquals(0, store.eventCount());
  }

  @Test
  void several_threads_can_write_and_read_at_once() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<PutResult>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String id = "a" + i;
        results.add(pool.submit(() -> {
          store.events(EventQuery.ALL);
          return store.put(article(id, "Text " + id), List.of(bare("e" + id, id)));
        }));
      }
      for (Future<PutResult> r : results) {
        assertEquals(PutResult.ADDED, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(40, store.articleCount());
    assertEquals(40, store.events(EventQuery.ALL).size());
  }

  @Test
  void a_closed_store_refuses_to_be_used_and_closing_twice_is_harmless() {
    store.close();
    store.close();

    assertThrows(IllegalStateException.class, () -> store.eventCount());
    assertThrows(IllegalStateException.class, () -> store.put(article("a1", "x"), List.of()));
  }

  @Test
  void writers_on_two_connections_ingesting_reports_of_one_event_store_it_once() throws Exception {
    try (EventStore other = reopen()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<PutResult>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          EventStore writer = i % 2 == 0 ? store : other;
          String id = "r" + i;
          Event report = Fixtures.event("x" + i, id, EventType.ASSAULT, USA, KH, "IRQ", DateSpan.week(FEB_7));
          results.add(pool.submit(() -> writer.ingest(article(id, "Report " + id), List.of(report), THREADER)));
        }
        for (Future<PutResult> r : results) {
          assertEquals(PutResult.ADDED, r.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
    assertEquals(12, store.articleCount());
    assertEquals(1, store.eventCount(), "every report resolved to the one event stored first");
    assertEquals(12, store.events(EventQuery.ALL).get(0).mentions().size());
    assertEquals(1, store.stories().size());
  }

  // ---- Stories and pairs ----

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
    store = reopen();

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

  // ---- The desk's reads ----

  @Test
  void mode_target_and_text_filter_events_and_count_ignores_the_page() {
    putDeskFixture();
    assertEquals(List.of("strike"), ids(store.events(deskQuery(null, null, "aerial", null))));
    assertEquals(List.of("answer", "demand"), ids(store.events(deskQuery(null, null, null, "usa"))));
    assertEquals(List.of("strike"), ids(store.events(deskQuery("killed three", null, null, null))));
    assertEquals(List.of("answer", "strike", "second"), ids(store.events(deskQuery(null, "kataib hezbollah", null, null))));
    assertEquals(3, store.count(deskQuery(null, "Kataib Hezbollah", null, null).page(1, 1)));
    assertEquals(List.of("strike"), ids(store.events(deskQuery(null, "Kataib Hezbollah", null, null).page(1, 1))));
  }

  @Test
  void text_query_wildcards_are_taken_literally() {
    putDeskFixture();
    assertEquals(0, store.count(deskQuery("%", null, null, null)));
    assertEquals(0, store.count(deskQuery("_", null, null, null)));
  }

  @Test
  void actors_come_with_their_counts_most_events_first() {
    putDeskFixture();
    List<ActorCount> actors = store.actors(EventQuery.ALL);

    assertEquals(List.of(new ActorCount(USA, 4, 2, 2), new ActorCount(KH, 3, 1, 2), new ActorCount(IRQ, 1, 1, 0)),
        actors);
    assertEquals(List.of(new ActorCount(KH, 1, 1, 0), new ActorCount(USA, 1, 0, 1)),
        store.actors(new EventQuery(EventType.ASSAULT, null, "JOR", null, null, 0, 0)));
  }

  @Test
  void pairs_are_weighted_by_events_and_sum_their_deaths() {
    putDeskFixture();
    assertEquals(List.of(new PairCount(USA, KH, 2, 3), new PairCount(IRQ, USA, 1, 0), new PairCount(KH, USA, 1, 0)),
        store.pairs(EventQuery.ALL, 0));
    assertEquals(List.of(new PairCount(USA, KH, 2, 3)), store.pairs(EventQuery.ALL, 1));
    assertEquals(List.of(new PairCount(USA, KH, 2, 3)), store.pairs(deskQuery(null, null, null, "Kataib Hezbollah"), 0));
  }

  @Test
  void places_are_counted_per_stored_place() {
    putDeskFixture();
    List<PlaceCount> places = store.places(EventQuery.ALL, 0);
    assertEquals(1, store.places(EventQuery.ALL, 1).size());

    assertEquals(List.of("Baghdad 1 3", "IRQ 2 0", "JOR 1 0"),
        places.stream().map(p -> p.place().name() + " " + p.events() + " " + p.fatalities()).sorted().toList());
  }

  // ---- Fixtures ----

  static Event strike(String id, String article) {
    return event(id, article, EventType.ASSAULT, USA, KH, "IRQ", DateSpan.week(FEB_7));
  }

  /** The strike as a second article tells it: the same id (resolved), a new source. */
  static Event strikeAgain(String id, String article) {
    Event e = strike(id, article);
    return new Event(e.id(), e.type(), e.mode(), e.actor(), e.target(), e.place(), e.date(), 3, null,
        Modality.ASSERTED, 0.9, null, List.of(source(article, "The strike killed three.")), List.of());
  }

  /** Events covering each filter; see the date comment in the date filter test. */
  private void putFilterFixture() {
    Actor turkey = new Actor("TUR", "Türkiye", ActorKind.STATE, "TUR", null);
    store.put(article("f1", "Filter fixture one."), List.of(
        Fixtures.event("d1", "f1", EventType.ASSAULT, USA, KH, "IRQ", DateSpan.week(FEB_7)),
        Fixtures.event("d2", "f1", EventType.ASSAULT, USA, null, "SYR",
            DateSpan.day(LocalDate.of(2024, 1, 15))),
        Fixtures.event("d3", "f1", EventType.PROTEST, null, null, null, DateSpan.year(2023)),
        Fixtures.event("d4", "f1", EventType.ASSAULT, KH, null, "IRQ",
            DateSpan.until(LocalDate.of(2024, 1, 10)))));
    store.put(article("f2", "Filter fixture two."), List.of(
        Fixtures.event("u2", "f2", EventType.THREATEN, null, null, null, null),
        Fixtures.event("u1", "f2", EventType.THREATEN, turkey, null, "TUR", null),
        Fixtures.event("o1", "f2", EventType.MOBILIZE, null, null, null,
            DateSpan.from(LocalDate.of(2024, 3, 1)))));
  }

  private static EventQuery query(EventType type, String actor, String country,
      LocalDate from, LocalDate to) {
    return new EventQuery(type, actor, country, from, to, 0, 0);
  }

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }

  /** The desk's fixture: four events of one article between the US, Kataib Hezbollah and Iraq. */
  private void putDeskFixture() {
    store.put(article("a1", "US aircraft struck Kataib Hezbollah in Baghdad. 100% sure_ly."), List.of(
        full("strike", "a1"),
        event("answer", "a1", EventType.ASSAULT, KH, USA, "JOR", DateSpan.day(FEB_7.minusDays(10))),
        event("demand", "a1", EventType.REQUEST, IRQ, USA, "IRQ", DateSpan.day(FEB_7)),
        event("second", "a1", EventType.ASSAULT, USA, KH, "IRQ", DateSpan.day(FEB_7.minusDays(1)))));
  }

  private static EventQuery deskQuery(String text, String actor, String mode, String target) {
    return new EventQuery(null, actor, null, null, null, 0, 0, mode, target, text);
  }

}
