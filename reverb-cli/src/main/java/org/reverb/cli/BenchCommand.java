package org.reverb.cli;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.reverb.annotate.CoreNlpAnnotator;
import org.reverb.bench.BenchArticles;
import org.reverb.bench.CoreNlpBaseline;
import org.reverb.bench.HeapMeter;
import org.reverb.bench.Measurement;
import org.reverb.ingest.ArticleReaders;
import org.reverb.model.Article;
import org.reverb.pipeline.BatchIngestor;
import org.reverb.pipeline.Pipeline;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reverb bench}: Reverb's whole ingest against plain CoreNLP, on the same articles, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure, on the same articles and threads: (a) plain CoreNLP with its default English "
        + "annotators, (b) Reverb's whole pipeline, ingest to a temporary SQLite store. Prints start-up, articles/s, "
        + "tokens/s, CPU and peak heap for each, and last speedup_vs_corenlp_default (b over a).",
        "Reverb runs first, so CoreNLP gets the warmer JVM. Warm-up articles are not counted."})
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--articles", paramLabel = "N", description = "Articles measured (default: ${DEFAULT-VALUE}); "
      + "the inputs are repeated, each copy with its own id and last line, to reach N.")
  int articles = 500;

  @Option(names = "--threads", paramLabel = "N", description = "Threads for both pipelines (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--warmup", paramLabel = "N", description = "Warm-up articles per pipeline, not counted "
      + "(default: ${DEFAULT-VALUE}).")
  int warmup = 20;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders of articles (default: the "
      + "bundled samples).")
  List<Path> inputs = List.of();

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    Path work = Files.createTempDirectory("reverb-bench");
    try (HeapMeter heap = new HeapMeter()) {
      List<Article> distinct = read(inputs.isEmpty() ? DemoCommand.unpackSamples(work) : inputs, err);
      List<Article> measured = BenchArticles.repeat(distinct, articles, "bench copy");
      List<Article> warm = BenchArticles.repeat(distinct, warmup, "warm-up copy");
      err.printf("reverb bench: %d articles (%d distinct), %d threads, %d warm-up articles per pipeline%n",
          measured.size(), distinct.size(), threads, warm.size());

      err.println("reverb bench: (b) Reverb: loading...");
      fresh(heap);
      long t0 = System.nanoTime();
      Pipeline pipeline = Pipeline.standard();
      if (pipeline.annotator() instanceof CoreNlpAnnotator annotator) {
        annotator.warmUp();
      }
      long startup = System.nanoTime() - t0;
      ingest(pipeline, warm, work.resolve("warmup.db"), err);
      long cpu = cpu();
      t0 = System.nanoTime();
      int events = ingest(pipeline, measured, work.resolve("bench.db"), err);
      long wall = System.nanoTime() - t0;
      long reverbCpu = cpu() - cpu;
      long reverbPeak = heap.peak();
      long reverbLive = heap.peakLive();
      pipeline = null;

      err.println("reverb bench: (a) CoreNLP default: loading...");
      fresh(heap);
      t0 = System.nanoTime();
      CoreNlpBaseline baseline = new CoreNlpBaseline();
      long baseStartup = System.nanoTime() - t0;
      baseline.annotate(warm, threads);
      cpu = cpu();
      t0 = System.nanoTime();
      long tokens = baseline.annotate(measured, threads);
      Measurement a = new Measurement("corenlp_default", baseStartup, measured.size(), tokens,
          System.nanoTime() - t0, cpu() - cpu, heap.peak(), heap.peakLive());
      Measurement b = new Measurement("reverb", startup, measured.size(), tokens, wall, reverbCpu, reverbPeak,
          reverbLive);

      out.printf(Locale.ROOT, "input: %d articles (%d distinct), %d tokens, %d threads, %d warm-up articles per "
          + "pipeline%n", measured.size(), distinct.size(), tokens, threads, warm.size());
      a.print(out);
      b.print(out);
      out.printf(Locale.ROOT, "reverb_events: %d%n", events);
      out.printf(Locale.ROOT, "speedup_vs_corenlp_default: %.2f%n", b.articlesPerSecond() / a.articlesPerSecond());
      return 0;
    } finally {
      delete(work);
    }
  }

  /** Ingests {@code batch} into a new store at {@code db}; returns the number of events stored. */
  private int ingest(Pipeline pipeline, List<Article> batch, Path db, PrintStream err) {
    try (EventStore store = EventStores.open(db.toString())) {
      StoringSink sink = new StoringSink(store, "bench", err);
      try (BatchIngestor ingestor = new BatchIngestor(pipeline, store::contains, sink, threads)) {
        batch.forEach(ingestor::submit);
        ingestor.finish();
      }
      if (sink.failed > 0) {
        throw new IllegalStateException(sink.failed + " articles failed; see above");
      }
      return sink.events;
    }
  }

  /** Drops the models loaded so far, so that each pipeline loads (and is measured) from nothing. */
  private static void fresh(HeapMeter heap) {
    StanfordCoreNLP.clearAnnotatorPool();
    System.gc();
    heap.reset();
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static List<Article> read(List<Path> inputs, PrintStream err) {
    List<Article> out = new ArrayList<>();
    for (Path file : ArticleReaders.expand(inputs, p -> err.println("reverb bench: " + p))) {
      ArticleReaders.readerFor(file).read(file, out::add, p -> err.println("reverb bench: " + p));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + inputs);
    }
    return out;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
