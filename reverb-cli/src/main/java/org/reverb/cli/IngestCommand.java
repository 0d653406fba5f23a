package org.reverb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reverb.ingest.ArticleReaders;
import org.reverb.ingest.HttpFetcher;
import org.reverb.ingest.IngestProblem;
import org.reverb.pipeline.BatchIngestor;
import org.reverb.pipeline.Pipeline;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reverb ingest}: read articles, extract their events, store both. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read dated articles (seed-format files, JSON Lines, RSS/Atom feeds, HTML pages, folders of "
        + "them, or http(s) addresses of feeds and pages), extract their events and store them. The same article "
        + "twice is stored once.",
        "Bad input is reported on stderr, one line each naming the file and line; the rest goes on, and the exit "
            + "status is 1 if anything was rejected."})
final class IngestCommand implements Callable<Integer> {

  @Mixin
  StoreOption store;

  @Mixin
  ArticleInputs articles;

  @Override
  public Integer call() {
    return ingest(store.location(), articles.paths(), articles.urls(), articles.threads, System.err);
  }

  /** Ingests the files and folders {@code inputs} into the store at {@code location}; returns the exit status. */
  static int ingest(String location, List<Path> inputs, int threads, PrintStream err) {
    return ingest(location, inputs, List.of(), threads, err);
  }

  /** Ingests files and folders, then web addresses of feeds and pages; returns the exit status. */
  static int ingest(String location, List<Path> inputs, List<String> urls, int threads, PrintStream err) {
    List<IngestProblem> problems = new ArrayList<>();
    List<Path> files = ArticleReaders.expand(inputs, p -> report(err, problems, p));
    Progress progress = new Progress(err, files.size() + urls.size());
    try (EventStore events = EventStores.open(location)) {
      StoringSink sink = new StoringSink(events, "ingest", err);
      try (BatchIngestor ingestor = new BatchIngestor(Pipeline.standard(), events::contains, sink, threads)) {
        for (Path file : files) {
          ArticleReaders.readerFor(file).read(file, ingestor::submit, p -> {
            progress.clear();
            report(err, problems, p);
          });
          progress.step(file.getFileName().toString());
        }
        for (String url : urls) {
          ArticleReaders.readUrl(url, HttpFetcher.shared(), ingestor::submit, p -> {
            progress.clear();
            report(err, problems, p);
          });
          progress.step(url);
        }
        ingestor.finish();
        progress.done();
        err.printf("%s; %d problems. Store: %s (%d articles, %d events)%n", sink.summary(), problems.size(), EventStores.shown(location),
            events.articleCount(), events.eventCount());
        return problems.isEmpty() && sink.failed == 0 ? 0 : 1;
      }
    }
  }

  private static void report(PrintStream err, List<IngestProblem> problems, IngestProblem p) {
    problems.add(p);
    err.println("reverb ingest: " + p);
  }
}
