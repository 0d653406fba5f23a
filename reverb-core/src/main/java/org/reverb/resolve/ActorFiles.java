package org.reverb.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the actor dictionary's tab-separated files: blank lines and lines starting with # are skipped. */
final class ActorFiles {

  /** One row: its file, its line number from 1, its columns stripped of surrounding blanks. */
  record Row(String source, int line, List<String> cols) {

    String col(int i) {
      return i < cols.size() ? cols.get(i) : "";
    }

    ActorDictionaryException error(String message) {
      return new ActorDictionaryException(source, line, message);
    }
  }

  private ActorFiles() {}

  /** The rows of a file bundled beside this class; {@code name} is relative to this package. */
  static List<Row> bundled(String name) {
    try (InputStream in = ActorFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new ActorDictionaryException(
            "bundled actor data " + ActorFiles.class.getPackageName().replace('.', '/') + "/" + name
                + " is missing from the class path", null);
      }
      return read(name, in);
    } catch (IOException e) {
      throw new ActorDictionaryException("cannot read bundled actor data " + name + ": " + e.getMessage(), e);
    }
  }

  /** The rows of a user's file. */
  static List<Row> file(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(path.toString(), in);
    } catch (IOException e) {
      throw new ActorDictionaryException("cannot read actor file " + path + ": " + e, e);
    }
  }

  private static List<Row> read(String source, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Row> rows = new ArrayList<>();
    String text;
    int line = 0;
    while ((text = reader.readLine()) != null) {
      line++;
      if (line == 1 && text.startsWith("\ufeff")) {
        text = text.substring(1);
      }
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      List<String> cols = new ArrayList<>();
      for (String c : text.split("\t", -1)) {
        cols.add(c.strip());
      }
      rows.add(new Row(source, line, List.copyOf(cols)));
    }
    return rows;
  }
}
