package org.reverb.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps what a watcher knows of its sources in a small JSON file beside the store ({@code reverb.db.feeds.json}),
 * rewritten atomically after each poll round, so that a restart asks only for what is new.
 */
public final class FeedStates {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedStates() {}

  /** The file beside the store at {@code store}. */
  public static Path besideStore(Path store) {
    return store.resolveSibling(store.getFileName() + ".feeds.json");
  }

  /**
   * The states kept in {@code file}, by source; empty when there is no such file yet.
   *
   * @throws IOException when the file cannot be read or is not a state file; the message names it and the fix
   */
  public static Map<String, FeedState> load(Path file) throws IOException {
    Map<String, FeedState> states = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = JSON.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return states;
    } catch (IOException e) {
      throw new IOException(file + ": not a feed state file (" + e.getMessage() + "); delete it to start afresh, "
          + "which fetches every feed once again (the store keeps each article once)", e);
    }
    try {
      root.path("sources").fields().forEachRemaining(e -> {
        JsonNode s = e.getValue();
        List<String> seen = new ArrayList<>();
        s.path("seen").forEach(k -> seen.add(k.asText()));
        states.put(e.getKey(), new FeedState(text(s, "etag"), text(s, "lastModified"), s.path("failures").asInt(0),
            s.hasNonNull("retryAt") ? Instant.parse(s.get("retryAt").asText()) : null, seen));
      });
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IOException(file + ": a source's state is damaged (" + e.getMessage() + "); delete the file to "
          + "start afresh", e);
    }
    return states;
  }

  /** Writes {@code states} to {@code file}, replacing it in one step. */
  public static void save(Path file, Map<String, FeedState> states) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    ObjectNode sources = root.putObject("sources");
    states.forEach((source, s) -> {
      ObjectNode o = sources.putObject(source);
      o.put("etag", s.etag());
      o.put("lastModified", s.lastModified());
      o.put("failures", s.failures());
      o.put("retryAt", s.retryAt() == null ? null : s.retryAt().toString());
      ArrayNode seen = o.putArray("seen");
      s.seen().forEach(seen::add);
    });
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
