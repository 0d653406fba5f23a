package org.reverb.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.ingest.ArticleReaders;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.pipeline.Pipeline;
import org.reverb.store.EventQuery;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import org.reverb.story.SimilarityStoryThreader;

/** The job on a local mini-cluster at parallelism 2 against the in-process run, on the seed articles. */
class ReverbJobTest {

  static final Path SEEDS = Path.of("../../shared/data/seeds");

  /** One pipeline per JVM: CoreNLP's annotator pool shares the loaded models between tasks anyway. */
  static final Pipeline PIPELINE = Pipeline.standard();

  @TempDir
  Path dir;

  @Test
  void the_job_at_parallelism_two_stores_the_same_events_links_and_stories_as_the_in_process_run() throws Exception {
    String inProcess = dir.resolve("in-process.db").toString();
    ingestInProcess(List.of(SEEDS), inProcess);
    String flink = dir.resolve("flink.db").toString();

    new ReverbJob(List.of(SEEDS), flink, () -> PIPELINE).runLocally(2);

    try (EventStore expected = EventStores.open(inProcess); EventStore actual = EventStores.open(flink)) {
      List<Event> events = expected.events(EventQuery.ALL);
      assertFalse(events.isEmpty());
      assertEquals(events, actual.events(EventQuery.ALL));
      assertEquals(expected.articleCount(), actual.articleCount());
      assertEquals(expected.stories(), actual.stories());
    }
  }

  @Test
  void a_record_between_operators_keeps_every_field() {
    Article a = new Article("a1", java.time.LocalDate.of(2024, 2, 7), null, "Text.", null, "Wire");
    Records r = new Records(7, a, List.of());

    assertEquals(r, Records.decode(r.encode()));
  }

  /** What {@code reverb ingest} does, article by article in input order. */
  static void ingestInProcess(List<Path> inputs, String location) {
    List<Article> articles = new ArrayList<>();
    ArticleReaders.read(inputs, articles::add, problem -> { });
    SimilarityStoryThreader threader = new SimilarityStoryThreader();
    try (EventStore store = EventStores.open(location)) {
      for (Article a : articles) {
        if (!store.contains(a)) {
          store.ingest(a, PIPELINE.events(a), threader);
        }
      }
    }
  }
}
