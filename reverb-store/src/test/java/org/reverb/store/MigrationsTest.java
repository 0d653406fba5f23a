package org.reverb.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void the_script_list_names_every_script_in_the_migrations_folder_in_version_order() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/reverb/store/migrations"))) {
      List<String> onDisk = files.map(p -> p.getFileName().toString()).sorted(
          (a, b) -> Integer.compare(version(a), version(b))).toList();
      assertEquals(onDisk, Migrations.SCRIPTS);
    }
    for (int i = 1; i < Migrations.SCRIPTS.size(); i++) {
      assertTrue(version(Migrations.SCRIPTS.get(i - 1)) < version(Migrations.SCRIPTS.get(i)));
    }
  }

  @Test
  void a_script_splits_into_its_statements_without_comments() {
    assertEquals(List.of("CREATE TABLE a (x TEXT)", "CREATE INDEX a_x ON a (x)"),
        Migrations.statements("-- a table\nCREATE TABLE a (x TEXT); -- trailing\n\nCREATE INDEX a_x ON a (x);\n"));
  }

  @Test
  void the_first_script_creates_the_five_tables() {
    List<String> tables = Migrations.statements(Migrations.read("V1__init.sql")).stream()
        .filter(s -> s.startsWith("CREATE TABLE")).map(s -> s.split("\\s+")[2]).toList();

    assertEquals(List.of("articles", "events", "event_mentions", "event_links", "event_actor_keys"), tables);
  }

  @Test
  void a_script_name_gives_its_description() {
    assertEquals("init", Migrations.description("V1__init.sql"));
    assertEquals("add story table", Migrations.description("V12__add_story_table.sql"));
  }

  private static int version(String script) {
    return Integer.parseInt(script.substring(1, script.indexOf("__")));
  }
}
