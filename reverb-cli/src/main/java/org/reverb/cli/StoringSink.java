package org.reverb.cli;

import java.io.PrintStream;
import java.util.List;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.pipeline.BatchIngestor;
import org.reverb.store.EventStore;
import org.reverb.story.SimilarityStoryThreader;
import org.reverb.story.StoryThreader;

/**
 * Writes each processed article and its events to the store, after resolving the events against the stored ones,
 * and counts what happened: the one way from the pipeline into the store, for ingest and watch alike. Called on one
 * thread (the {@link BatchIngestor}'s caller).
 */
final class StoringSink implements BatchIngestor.Sink {

  private static final StoryThreader THREADER = new SimilarityStoryThreader();

  private final EventStore store;
  private final String verb;
  private final PrintStream err;
  int seen;
  int added;
  int unchanged;
  int replaced;
  int failed;
  int events;

  StoringSink(EventStore store, String verb, PrintStream err) {
    this.store = store;
    this.verb = verb;
    this.err = err;
  }

  @Override
  public void processed(Article article, List<Event> extracted) {
    seen++;
    // Cross-article resolution (an event already stored keeps its id, so put appends to it) and threading (the
    // article joins a stored story or founds one), in the one transaction that stores the article.
    switch (store.ingest(article, extracted, THREADER)) {
      case ADDED -> {
        added++;
        events += extracted.size();
      }
      case REPLACED -> {
        replaced++;
        events += extracted.size();
      }
      case UNCHANGED -> unchanged++;
    }
  }

  @Override
  public void skipped(Article article) {
    seen++;
    unchanged++;
  }

  @Override
  public void failed(Article article, Exception error) {
    seen++;
    failed++;
    err.println("reverb " + verb + ": " + article.id() + ": " + error.getMessage());
  }

  /** {@code N articles: N added, N unchanged, N replaced, N failed; N events}. */
  String summary() {
    return String.format("%d articles: %d added, %d unchanged, %d replaced, %d failed; %d events", seen, added,
        unchanged, replaced, failed, events);
  }

  /** Starts the counts again from zero (for the next poll round). */
  void reset() {
    seen = added = unchanged = replaced = failed = events = 0;
  }
}
