package org.reverb.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reverb.model.Article;

/** What a read handed over: the articles and the problems, in order. */
final class Collected {

  final List<Article> articles = new ArrayList<>();
  final List<IngestProblem> problems = new ArrayList<>();

  static Collected read(ArticleReader reader, Path file) {
    Collected c = new Collected();
    reader.read(file, c.articles::add, c.problems::add);
    return c;
  }

  static Collected read(List<Path> inputs) {
    Collected c = new Collected();
    ArticleReaders.read(inputs, c.articles::add, c.problems::add);
    return c;
  }

  List<String> ids() {
    return articles.stream().map(Article::id).toList();
  }

  /** The only problem, as printed. */
  String problem() {
    if (problems.size() != 1) {
      throw new AssertionError("expected one problem, got " + problems);
    }
    return problems.get(0).toString();
  }
}
