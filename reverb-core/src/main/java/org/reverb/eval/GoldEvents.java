package org.reverb.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reverb.json.EventJson;
import org.reverb.model.EventType;
import org.reverb.model.Modality;

/**
 * Reads gold files: JSON Lines, one {@link GoldEvent} per line, blank lines skipped. Fields beyond the README's
 * are ignored; {@code file}, {@code event}, {@code type} and {@code modality} are required, the rest may be
 * missing or {@code null}. A bad line fails the whole read with a {@link GoldFormatException} naming
 * {@code file:line}.
 */
public final class GoldEvents {

  private GoldEvents() {}

  public static List<GoldEvent> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), in.lines().toList());
    } catch (NoSuchFileException e) {
      throw new GoldFormatException(file + ": no such gold file; check the path", e);
    } catch (IOException | UncheckedIOException e) {
      throw new GoldFormatException(file + ": cannot read the gold file (" + e + ")", e);
    }
  }

  /** Parses {@code lines}; {@code name} is the file name used in error messages. */
  public static List<GoldEvent> read(String name, List<String> lines) {
    List<GoldEvent> events = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      GoldEvent e;
      try {
        e = parse(line);
      } catch (JsonProcessingException | RuntimeException ex) {
        String why = ex instanceof JsonProcessingException j ? j.getOriginalMessage() : ex.getMessage();
        throw new GoldFormatException(name + ":" + (i + 1) + ": not a gold event line: " + why, ex);
      }
      if (!keys.add(e.key())) {
        throw new GoldFormatException(name + ":" + (i + 1) + ": event " + e.key() + " appears twice");
      }
      events.add(e);
    }
    return events;
  }

  /** One gold line. */
  public static GoldEvent parse(String line) throws JsonProcessingException {
    JsonNode n = EventJson.MAPPER.readTree(line);
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    JsonNode place = n.path("place");
    JsonNode date = n.path("date");
    JsonNode fatalities = n.path("fatalities");
    if (!fatalities.isMissingNode() && !fatalities.isNull() && !fatalities.isIntegralNumber()) {
      throw new IllegalArgumentException("fatalities is not an integer: " + fatalities);
    }
    EventType type = EventType.of(required(n, "type"));
    String mode = text(n, "mode");
    if (!type.allowsMode(mode)) {
      throw new IllegalArgumentException("mode " + mode + " is not a mode of " + type);
    }
    return new GoldEvent(required(n, "file"), required(n, "event"), type, mode, text(n, "actor"), text(n, "target"),
        text(place, "name"), text(place, "country"), day(date, "earliest"), day(date, "latest"),
        fatalities.isIntegralNumber() ? Integer.valueOf(fatalities.asInt()) : null,
        Modality.of(required(n, "modality")), text(n, "same_as"), text(n, "response_to"));
  }

  private static String required(JsonNode n, String field) {
    String v = text(n, field);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing " + field);
    }
    return v;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static LocalDate day(JsonNode n, String field) {
    String v = text(n, field);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date." + field + " is not YYYY-MM-DD: " + v);
    }
  }
}
