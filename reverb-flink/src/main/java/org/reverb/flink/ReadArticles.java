package org.reverb.flink;

import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.reverb.ingest.ArticleReaders;

/**
 * Source stage: an input file (as {@code "index<TAB>path"}) → its articles, each numbered by the file's index and
 * its place in the file, so that the sink can store them in input order. A problem in the file (no date line, a bad
 * JSON line) is reported on stderr, naming file and line, and the rest of the file goes on.
 */
final class ReadArticles implements FlatMapFunction<String, String> {

  private static final long serialVersionUID = 1L;

  /** Articles one file may hold before the next file's numbers begin. */
  static final long PER_FILE = 1_000_000L;

  /** The source elements for {@code files}, in order. */
  static List<String> numbered(List<Path> files) {
    return java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> i + "\t" + files.get(i)).toList();
  }

  @Override
  public void flatMap(String numberedFile, Collector<String> out) {
    int tab = numberedFile.indexOf('\t');
    long index = Long.parseLong(numberedFile.substring(0, tab));
    Path file = Path.of(numberedFile.substring(tab + 1));
    long[] next = {index * PER_FILE};
    ArticleReaders.readerFor(file).read(file,
        article -> out.collect(new Records(next[0]++, article, List.of()).encode()),
        problem -> System.err.println("reverb flink: " + problem));
  }
}
