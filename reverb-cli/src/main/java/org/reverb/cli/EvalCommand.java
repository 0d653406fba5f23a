package org.reverb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reverb.eval.EventEvaluator;
import org.reverb.eval.EventScores;
import org.reverb.eval.GoldEvent;
import org.reverb.eval.GoldEvents;
import org.reverb.ingest.ArticleReaders;
import org.reverb.model.Article;
import org.reverb.model.Event;
import org.reverb.pipeline.BatchIngestor;
import org.reverb.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reverb eval}: run the in-process pipeline on articles and score its events against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Run the pipeline on dated articles (nothing is stored) and score its events against a gold "
        + "file: per-field precision, recall and F1, and same_as / response_to accuracy.",
        "Only articles among the inputs are scored. See org.reverb.eval.EventEvaluator for how events are "
            + "matched and counted."})
final class EvalCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { table, json }

  @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold events, one per line.")
  Path gold;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(names = "--errors", description = "Also print, per article, unmatched gold events and predictions.")
  boolean errors;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders of articles.")
  List<Path> inputs;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    List<GoldEvent> goldEvents = GoldEvents.read(gold);
    EventEvaluator evaluator = new EventEvaluator(goldEvents);
    int[] trouble = {0};
    List<Path> files = ArticleReaders.expand(inputs, p -> {
      trouble[0]++;
      err.println("reverb eval: " + p);
    });
    Progress progress = new Progress(err, files.size());
    BatchIngestor.Sink sink = new BatchIngestor.Sink() {
      @Override
      public void processed(Article article, List<Event> events) {
        evaluator.score(article.id(), events);
      }

      @Override
      public void skipped(Article article) {}

      @Override
      public void failed(Article article, Exception error) {
        trouble[0]++;
        progress.clear();
        err.println("reverb eval: " + article.id() + ": " + error.getMessage() + " (scored with no predictions)");
        evaluator.score(article.id(), List.of());
      }
    };
    try (BatchIngestor pool = new BatchIngestor(Pipeline.standard(), a -> false, sink, threads)) {
      for (Path file : files) {
        ArticleReaders.readerFor(file).read(file, pool::submit, p -> {
          trouble[0]++;
          progress.clear();
          err.println("reverb eval: " + p);
        });
        progress.step(file.getFileName().toString());
      }
      pool.finish();
      progress.done();
    }
    List<String> unscored = evaluator.unscoredGoldFiles();
    if (!unscored.isEmpty()) {
      err.println("reverb eval: " + unscored.size() + " articles of the gold file are not among the inputs and are "
          + "left out of the scores, e.g. " + unscored.get(0));
    }
    EventScores scores = evaluator.scores();
    if (errors) {
      printErrors(scores, System.out);
    }
    System.out.print(format == Format.json ? scores.toJson().toPrettyString() + "\n" : scores.toTable());
    System.out.flush();
    return trouble[0] == 0 ? 0 : 1;
  }

  private static void printErrors(EventScores scores, PrintStream out) {
    for (EventScores.ArticleErrors a : scores.errors()) {
      for (GoldEvent g : a.missed()) {
        out.println(a.file() + "  missed  " + g.event() + "  " + describe(g.type() + slash(g.mode()), g.actor(),
            g.target(), g.country(), (g.hasDate() ? dates(g) : "-"), g.fatalities(), g.modality().key()));
      }
      for (Event e : a.spurious()) {
        out.println(a.file() + "  extra   " + e.id() + "  " + describe(e.type() + slash(e.mode()),
            e.actor() == null ? null : e.actor().id(), e.target() == null ? null : e.target().id(),
            e.place() == null ? null : e.place().country(),
            e.date() == null ? "-" : (e.date().earliest() == null ? "…" : e.date().earliest()) + ".."
                + (e.date().latest() == null ? "…" : e.date().latest()),
            e.fatalities(), e.modality().key()) + "  \"" + e.mentions().get(0).trigger() + "\"");
      }
    }
    if (!scores.errors().isEmpty()) {
      out.println();
    }
  }

  private static String slash(String mode) {
    return mode == null ? "" : "/" + mode;
  }

  private static String dates(GoldEvent g) {
    return (g.earliest() == null ? "…" : g.earliest()) + ".." + (g.latest() == null ? "…" : g.latest());
  }

  private static String describe(String type, String actor, String target, String country, String date,
      Integer fatalities, String modality) {
    return String.format(Locale.ROOT, "%s %s -> %s in %s on %s dead=%s %s", type, actor, target, country, date,
        fatalities, modality);
  }
}
