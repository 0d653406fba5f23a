package org.reverb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reverb.ingest.ArticleReaders;
import org.reverb.ingest.IngestProblem;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.pipeline.BatchIngestor;
import org.reverb.pipeline.Pipeline;
import org.reverb.resolve.IncrementalEventResolver;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import org.reverb.store.StoredCandidates;
import org.reverb.story.SimilarityStoryThreader;
import org.reverb.story.StoryThreader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reverb ingest}: read articles, extract their events, store both. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read dated articles (seed-format files, JSON Lines, folders of them), extract their events "
        + "and store them. The same article twice is stored once.",
        "Bad input is reported on stderr, one line each naming the file and line; the rest goes on, and the exit "
            + "status is 1 if anything was rejected."})
final class IngestCommand implements Callable<Integer> {

  @Mixin
  StoreOption store;

  @Mixin
  ArticleInputs articles;

  @Override
  public Integer call() {
    return ingest(store.location(), articles.inputs, articles.threads, System.err);
  }

  /** Ingests {@code inputs} into the store at {@code location}; returns the exit status. */
  static int ingest(String location, List<Path> inputs, int threads, PrintStream err) {
    List<IngestProblem> problems = new ArrayList<>();
    List<Path> files = ArticleReaders.expand(inputs, p -> report(err, problems, p));
    Progress progress = new Progress(err, files.size());
    Tally tally = new Tally();
    try (EventStore events = EventStores.open(location);
        BatchIngestor ingestor = new BatchIngestor(Pipeline.standard(), events::contains,
            new StoringSink(events, tally, err), threads)) {
      for (Path file : files) {
        ArticleReaders.readerFor(file).read(file, ingestor::submit, p -> {
          progress.clear();
          report(err, problems, p);
        });
        progress.step(file.getFileName().toString());
      }
      ingestor.finish();
      progress.done();
      err.printf("%d articles: %d added, %d unchanged, %d replaced, %d failed; %d events; %d problems. Store: %s "
              + "(%d articles, %d events)%n", tally.seen, tally.added, tally.unchanged, tally.replaced, tally.failed,
          tally.events, problems.size(), location, events.articleCount(), events.eventCount());
    }
    return problems.isEmpty() && tally.failed == 0 ? 0 : 1;
  }

  private static void report(PrintStream err, List<IngestProblem> problems, IngestProblem p) {
    problems.add(p);
    err.println("reverb ingest: " + p);
  }

  /** Counts of what happened to the articles. */
  private static final class Tally {
    int seen;
    int added;
    int unchanged;
    int replaced;
    int failed;
    int events;
  }

  /** Writes each processed article and its events to the store. */
  private record StoringSink(EventStore store, Tally tally, PrintStream err) implements BatchIngestor.Sink {
    private static final StoryThreader THREADER = new SimilarityStoryThreader();

    @Override
    public void processed(Article article, List<Event> events) {
      tally.seen++;
      // Cross-article resolution: an event already stored keeps its id, so put appends to it.
      List<Event> resolved = new IncrementalEventResolver(new StoredCandidates(store)).resolve(events);
      // Threading in the same transaction: the article joins a stored story or founds one.
      switch (store.put(article, resolved, THREADER)) {
        case ADDED -> {
          tally.added++;
          tally.events += events.size();
        }
        case REPLACED -> {
          tally.replaced++;
          tally.events += events.size();
        }
        case UNCHANGED -> tally.unchanged++;
      }
    }

    @Override
    public void skipped(Article article) {
      tally.seen++;
      tally.unchanged++;
    }

    @Override
    public void failed(Article article, Exception error) {
      tally.seen++;
      tally.failed++;
      err.println("reverb ingest: " + article.id() + ": " + error.getMessage());
    }
  }
}
