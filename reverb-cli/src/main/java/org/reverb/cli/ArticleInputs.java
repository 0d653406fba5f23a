package org.reverb.cli;

import java.nio.file.Path;
import java.util.List;
import org.reverb.ingest.HttpFetcher;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The articles a verb runs the pipeline on, and how many threads annotate them: shared by ingest and eval. */
final class ArticleInputs {

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files or folders of articles, or http(s) addresses of feeds and pages.")
  List<String> inputs;

  /** The inputs that are files or folders, in order. */
  List<Path> paths() {
    return inputs.stream().filter(i -> !HttpFetcher.isUrl(i)).map(Path::of).toList();
  }

  /** The inputs that are web addresses, in order. */
  List<String> urls() {
    return inputs.stream().filter(HttpFetcher::isUrl).toList();
  }
}
