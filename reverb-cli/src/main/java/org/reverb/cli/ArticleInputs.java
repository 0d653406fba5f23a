package org.reverb.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The articles a verb runs the pipeline on, and how many threads annotate them: shared by ingest and eval. */
final class ArticleInputs {

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders of articles.")
  List<Path> inputs;
}
