package org.reverb.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reverb.model.Article;

/**
 * Reads the articles of one file in one format.
 *
 * <p>Bad content never ends the read with an exception: each article or line that cannot be read, and a file
 * that cannot be opened, is reported once to {@code problems}, and the reader goes on with the rest of the file.
 * Articles and problems are handed over in file order, on the calling thread, while the file is read, so a
 * reader never holds more than one article in memory beyond what its format needs. An exception thrown by either
 * consumer is not caught.
 *
 * <p>Implementations are immutable and safe to use from several threads at once, each on its own file.
 */
public interface ArticleReader {

  /**
   * Reads {@code file}, handing each article to {@code articles} and each problem to {@code problems}.
   *
   * @param file the file to read; a problem, not an exception, when it is missing or unreadable
   * @param articles receives the articles in file order
   * @param problems receives what could not be read, each naming {@code file} and, where there is one, the line
   */
  void read(Path file, Consumer<Article> articles, Consumer<IngestProblem> problems);
}
