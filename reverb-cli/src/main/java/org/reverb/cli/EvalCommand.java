package org.reverb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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
import org.reverb.resolve.EventCandidates;
import org.reverb.resolve.IncrementalEventResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

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

  @Option(names = "--errors", description = "Also print, per article, unmatched gold events (missed), unmatched "
      + "predictions (extra) and matched pairs that get a field wrong (differs).")
  boolean errors;

  @Option(names = "--field-errors", paramLabel = "FIELD", split = ",", description = "Print only the differs "
      + "lines of pairs that get one of these fields wrong (repeatable; alone it prints no missed / extra lines, "
      + "with --errors it keeps them). Fields: type, mode, actor, target, country, date, fatalities, modality.")
  List<String> fieldErrors;

  @Spec
  CommandSpec spec;

  @Mixin
  ArticleInputs articles;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    if (fieldErrors != null) {
      for (String f : fieldErrors) {
        if (!EventEvaluator.fieldNames().contains(f)) {
          throw new ParameterException(spec.commandLine(), "--field-errors: no field " + f + "; use one of "
              + String.join(", ", EventEvaluator.fieldNames()));
        }
      }
    }
    List<GoldEvent> goldEvents = GoldEvents.read(gold);
    EventEvaluator evaluator = new EventEvaluator(goldEvents);
    int[] trouble = {0};
    List<Path> files = ArticleReaders.expand(articles.paths(), p -> {
      trouble[0]++;
      err.println("reverb eval: " + p);
    });
    Progress progress = new Progress(err, files.size());
    // Cross-article resolution as ingest does it, against the events resolved so far in this run (input order).
    EventCandidates.InMemory resolved = new EventCandidates.InMemory();
    IncrementalEventResolver acrossArticles = new IncrementalEventResolver(resolved);
    BatchIngestor.Sink sink = new BatchIngestor.Sink() {
      @Override
      public void processed(Article article, List<Event> events) {
        List<Event> merged = acrossArticles.resolve(events);
        resolved.add(merged);
        evaluator.score(article.id(), merged);
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
    try (BatchIngestor pool = new BatchIngestor(Pipeline.standard(), a -> false, sink, articles.threads)) {
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
    if (errors || fieldErrors != null) {
      List<String> lines = scores.errorLines(errors, fieldErrors);
      lines.forEach(System.out::println);
      if (!lines.isEmpty()) {
        System.out.println();
      }
    }
    System.out.print(format == Format.json ? scores.toJson().toPrettyString() + "\n" : scores.toTable());
    System.out.flush();
    return trouble[0] == 0 ? 0 : 1;
  }
}
