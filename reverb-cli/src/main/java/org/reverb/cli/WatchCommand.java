package org.reverb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reverb.ingest.FeedState;
import org.reverb.ingest.FeedStates;
import org.reverb.ingest.FeedWatcher;
import org.reverb.ingest.HttpFetcher;
import org.reverb.pipeline.BatchIngestor;
import org.reverb.pipeline.Pipeline;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import org.reverb.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code reverb watch}: poll a list of feeds and ingest what is new, until stopped. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll the feeds listed in SOURCES and ingest their new items, as ingest does, until stopped.",
        "SOURCES lists one RSS/Atom address or file per line; # starts a comment. Unchanged feeds cost a conditional "
            + "GET; what was read is remembered in a file beside the store (DB.feeds.json; for a PostgreSQL store, "
            + "reverb.feeds.json in the working directory), so a restart reads nothing twice. A failing source is left alone for twice as long after each failure. One log line per "
            + "source per poll.",
        "Ctrl-C stops after the articles under way are stored."})
final class WatchCommand implements Callable<Integer> {

  @Mixin
  StoreOption store;

  @Parameters(index = "0", paramLabel = "SOURCES", description = "A file listing the feeds to poll.")
  Path sources;

  @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Time between polls: 30s, 15m, 2h (default: ${DEFAULT-VALUE}).", defaultValue = "15m")
  Duration every;

  @Option(names = "--once", description = "Poll every source once, then exit (status 1 if any source failed).")
  boolean once;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "20s",
      description = "How long to wait for a server (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--host-delay", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "1s",
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  Duration hostDelay;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Spec
  CommandSpec spec;

  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Object sleep = new Object();

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    if (every.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new ParameterException(spec.commandLine(), "--every " + every.toMillis() + "ms is too short to be "
          + "polite; give 1s or more (15m suits most news feeds)");
    }
    List<String> list = readSources(sources);
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop();
      err.println("reverb watch: stopping after the articles under way");
      try {
        finished.await(2, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "reverb-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (EventStore events = EventStores.open(store.location())) {
      // Beside a SQLite file; for a database server, in the working directory.
      Path stateFile = FeedStates.besideStore(events instanceof SqliteEventStore s ? s.file() : Path.of("reverb"));
      Map<String, FeedState> states = FeedStates.load(stateFile);
      FeedWatcher watcher = new FeedWatcher(new HttpFetcher(timeout, hostDelay), every, Clock.systemUTC(), states);
      StoringSink sink = new StoringSink(events, "watch", err);
      try (BatchIngestor ingestor = new BatchIngestor(Pipeline.standard(), events::contains, sink, threads)) {
        return loop(list, watcher, ingestor, sink, events, stateFile, err);
      }
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook is running and waits for this
      }
    }
  }

  /** Asks the watcher to stop: no new item is taken, the articles under way are stored, the state is saved. */
  void stop() {
    stopping.set(true);
    synchronized (sleep) {
      sleep.notifyAll();
    }
  }

  private int loop(List<String> list, FeedWatcher watcher, BatchIngestor ingestor, StoringSink sink,
      EventStore events, Path stateFile, PrintStream err) throws IOException {
    while (true) {
      int failures = 0;
      int problems = 0;
      for (String source : list) {
        if (stopping.get()) {
          break;
        }
        int[] itemProblems = {0};
        FeedWatcher.Poll poll = watcher.poll(source, ingestor::submit, p -> {
          itemProblems[0]++;
          err.println("reverb watch: " + p);
        }, stopping::get);
        failures += poll.failed() ? 1 : 0;
        problems += itemProblems[0];
        err.println("reverb watch: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + poll);
      }
      ingestor.finish();
      FeedStates.save(stateFile, watcher.states());
      err.printf("reverb watch: poll done: %s. Store: %s (%d articles, %d events)%n", sink.summary(),
          EventStores.shown(store.location()), events.articleCount(), events.eventCount());
      int status = failures == 0 && problems == 0 && sink.failed == 0 ? 0 : 1;
      sink.reset();
      if (once || stopping.get()) {
        return status;
      }
      long until = System.nanoTime() + every.toNanos();
      synchronized (sleep) {
        while (!stopping.get() && until - System.nanoTime() > 0) {
          try {
            sleep.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
          }
        }
      }
      if (stopping.get()) {
        return status;
      }
    }
  }

  /** The sources listed in {@code file}: one per line, blank lines and {@code #} comments left out. */
  static List<String> readSources(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file; give a file that lists one feed address or file per line");
    }
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      int hash = line.indexOf('#');
      String source = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (!source.isEmpty() && !out.contains(source)) {
        out.add(source);
      }
    }
    if (out.isEmpty()) {
      throw new IOException(file + ": lists no source; put one feed address (https://...) or file per line");
    }
    return out;
  }

  /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, or an ISO-8601 duration such as {@code PT15M}. */
  static final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      Matcher m = SHORT.matcher(v);
      Duration d;
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        d = switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      } else {
        try {
          d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
          throw new TypeConversionException("'" + value + "' is no duration; write it as 30s, 15m, 2h or 1d");
        }
      }
      if (d.isNegative()) {
        throw new TypeConversionException("'" + value + "' is negative; give a duration such as 15m");
      }
      return d;
    }
  }
}
