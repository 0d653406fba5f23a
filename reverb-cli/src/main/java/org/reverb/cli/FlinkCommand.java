package org.reverb.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reverb.flink.ReverbJob;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reverb flink}: the ingest pipeline as an Apache Flink job on a local mini-cluster. */
@Command(name = "flink", mixinStandardHelpOptions = true,
    description = {"Ingest article files and folders as an Apache Flink job on a local mini-cluster: the same stages "
        + "as ingest, annotation and extraction in parallel tasks (one CoreNLP each), resolution, links and stories "
        + "in one task, in input order, so the store ends up as ingest leaves it.",
        "To run on a Flink cluster, submit reverb-flink's jar: see README, \"Beyond one machine: Flink\"."})
final class FlinkCommand implements Callable<Integer> {

  @Mixin
  StoreOption store;

  @Option(names = "--parallelism", paramLabel = "N", defaultValue = "2",
      description = "Tasks per operator (default: ${DEFAULT-VALUE}).")
  int parallelism;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Article files or folders of them.")
  List<Path> inputs;

  @Override
  public Integer call() throws Exception {
    if (parallelism < 1) {
      throw new IllegalArgumentException("--parallelism must be 1 or more, not " + parallelism);
    }
    String location = store.location();
    ReverbJob job = new ReverbJob(inputs, location);
    long before;
    try (EventStore events = EventStores.open(location)) {
      before = events.articleCount();
    }
    long start = System.nanoTime();
    job.runLocally(parallelism);
    double seconds = (System.nanoTime() - start) / 1e9;
    try (EventStore events = EventStores.open(location)) {
      long added = events.articleCount() - before;
      System.err.printf("reverb flink: %d files at parallelism %d: %d articles added in %.1f s (%.2f articles/s, "
              + "model loading included). Store: %s (%d articles, %d events)%n", job.files(), parallelism, added,
          seconds, added / seconds, EventStores.shown(location), events.articleCount(), events.eventCount());
    }
    return 0;
  }
}
