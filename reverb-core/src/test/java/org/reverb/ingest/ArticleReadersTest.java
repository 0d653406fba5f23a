package org.reverb.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Article;

class ArticleReadersTest {

  @TempDir
  Path dir;

  @Test
  void folders_are_walked_recursively_in_name_order_leaving_out_what_is_not_an_article() throws IOException {
    write("b.txt", " date 2024-02-07 B.");
    write("a/z.txt", " date 2024-02-07 Z.");
    write("a/c.jsonl", "");
    write("c.txt", " date 2024-02-07 C.");
    write(".hidden.txt", "x");
    write(".git/HEAD", "x");
    write("README", "x");
    write("a/Readme.txt", "x");
    write("NOTES.md", "x");
    write("gold.jsonl", "x");

    List<IngestProblem> problems = new ArrayList<>();
    List<Path> files = ArticleReaders.expand(List.of(dir), problems::add);

    assertEquals(List.of(), problems);
    assertEquals(List.of(dir.resolve("a/c.jsonl"), dir.resolve("a/z.txt"), dir.resolve("b.txt"),
        dir.resolve("c.txt")), files);
  }

  @Test
  void files_named_by_the_user_are_kept_even_where_a_folder_walk_would_leave_them_out() throws IOException {
    Path readme = write("README.md", "x");
    Path gold = write("gold.jsonl", "x");

    List<Path> files = ArticleReaders.expand(List.of(readme, gold), p -> {
      throw new AssertionError(p.toString());
    });

    assertEquals(List.of(readme, gold), files);
  }

  @Test
  void a_missing_path_is_reported_and_the_other_inputs_are_expanded() throws IOException {
    Path good = write("a.txt", " date 2024-02-07 A.");
    Path missing = dir.resolve("nope");

    List<IngestProblem> problems = new ArrayList<>();
    List<Path> files = ArticleReaders.expand(List.of(missing, good), problems::add);

    assertEquals(List.of(good), files);
    assertEquals(List.of(new IngestProblem(missing.toString(), null, "no such file or folder; check the path")),
        problems);
  }

  @Test
  void a_folder_with_no_article_file_is_reported() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    write("empty/README.md", "x");

    List<IngestProblem> problems = new ArrayList<>();
    List<Path> files = ArticleReaders.expand(List.of(dir.resolve("empty")), problems::add);

    assertEquals(List.of(), files);
    assertEquals(1, problems.size());
  }

  @Test
  void a_file_reached_twice_is_kept_once() throws IOException {
    Path a = write("a.txt", " date 2024-02-07 A.");

    List<Path> files = ArticleReaders.expand(List.of(a, dir, dir.resolve("./a.txt")), p -> {
      throw new AssertionError(p.toString());
    });

    assertEquals(List.of(a), files);
  }

  @Test
  void a_reader_given_a_folder_reports_it_instead_of_throwing() {
    for (ArticleReader reader : new ArticleReader[] {new SeedFormatReader(), new JsonLinesReader()}) {
      Collected c = Collected.read(reader, dir);
      assertEquals(dir + ": " + ArticleReaders.FOLDER_NOT_FILE, c.problem());
    }
  }

  @Test
  void the_reader_is_chosen_by_extension() {
    assertInstanceOf(JsonLinesReader.class, ArticleReaders.readerFor(Path.of("x/articles.jsonl")));
    assertInstanceOf(JsonLinesReader.class, ArticleReaders.readerFor(Path.of("ARTICLES.NDJSON")));
    assertInstanceOf(SeedFormatReader.class, ArticleReaders.readerFor(Path.of("000_ea00b9217850bd5c.txt")));
    assertInstanceOf(SeedFormatReader.class, ArticleReaders.readerFor(Path.of("article")));
  }

  @Test
  void a_file_without_a_date_line_is_reported_and_the_batch_goes_on() throws IOException {
    write("001_good.txt", " date 2024-02-07 Good one.");
    write("002_no_date.txt", "Text without a date line.");
    write("003_empty.txt", "");
    write("004_impossible.txt", " date 2024-02-30 Text.");
    Files.write(dir.resolve("005_latin1.txt"), new byte[] {' ', 'd', 'a', 't', 'e', ' ', '2', '0', '2', '4', '-',
        '0', '2', '-', '0', '7', ' ', 'C', 'a', 'f', (byte) 0xE9});
    Files.write(dir.resolve("006_binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0});
    write("007_good.txt", " date 2024-02-08 Good two.\n\nParagraph.");
    write("more/articles.jsonl", "{\"id\": \"j1\", \"published\": \"2024-02-09\", \"text\": \"Good three.\"}\n"
        + "not json\n"
        + "{\"id\": \"j2\", \"published\": \"2024-02-10T08:00:00Z\", \"text\": \"Good four.\"}\n");
    write("gold.jsonl", "{\"file\": \"001_good.txt\", \"event\": \"e1\"}");

    Collected c = Collected.read(List.of(dir, dir.resolve("missing.txt")));

    assertEquals(List.of("001_good.txt", "007_good.txt", "j1", "j2"), c.ids());
    assertEquals(new Article("007_good.txt", LocalDate.of(2024, 2, 8), null, "Good two.\n\nParagraph.", null, null),
        c.articles.get(1));
    List<String> expected = List.of(
        dir.resolve("missing.txt") + ": no such file or folder; ",
        dir.resolve("002_no_date.txt") + ":1: no date line; ",
        dir.resolve("003_empty.txt") + ": empty file; ",
        dir.resolve("004_impossible.txt") + ":1: impossible date \"2024-02-30\" (no such day); ",
        dir.resolve("005_latin1.txt") + ":1: invalid UTF-8 byte 0xE9 at byte offset 20; ",
        dir.resolve("006_binary.txt") + ":1: binary content (NUL byte at byte offset 4); ",
        dir.resolve("more/articles.jsonl") + ":2: not JSON (Unrecognized token 'not'");
    assertEquals(expected.size(), c.problems.size(), c.problems.toString());
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(c.problems.get(i).toString().startsWith(expected.get(i)), c.problems.get(i).toString());
    }
  }

  @Test
  void the_seed_folder_yields_its_two_articles_and_leaves_its_gold_file_out() {
    Path seeds = SeedFormatReaderTest.SEEDS;
    assumeTrue(Files.isDirectory(seeds), "the shared seed articles are not at " + seeds.toAbsolutePath());

    Collected c = Collected.read(List.of(seeds));

    assertEquals(List.of(), c.problems);
    assertEquals(List.of("000_ea00b9217850bd5c.txt", "001_dbf4b11c1ec67530.txt"), c.ids());
    assertEquals(List.of(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 8)),
        c.articles.stream().map(Article::published).toList());
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, UTF_8);
  }
}
