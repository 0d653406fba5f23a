package org.reverb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.json.EventJson;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;
import org.reverb.model.Article;
import org.reverb.model.DateSpan;
import org.reverb.model.Event;
import org.reverb.model.EventType;
import org.reverb.model.Modality;
import org.reverb.model.Place;
import org.reverb.model.Source;
import org.reverb.server.export.AcledCsv;
import org.reverb.store.EventStore;
import org.reverb.store.EventStores;

class ExportCommandTest {

  static final LocalDate FEB_7 = LocalDate.of(2024, 2, 7);
  static final Actor USA = new Actor("USA", "United States", ActorKind.STATE, "USA", null);
  static final Actor KH = new Actor("Kataib Hezbollah", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", "IRN");
  static final Actor PROTESTERS = new Actor("protesters", "protesters", ActorKind.PROTESTERS, null, null);
  static final Place BAGHDAD = new Place("Baghdad", "IRQ", "Baghdad", 33.34, 44.40, Place.Precision.CITY);

  @TempDir
  Path dir;

  Path db;

  @BeforeEach
  void store() {
    db = dir.resolve("export.db");
    try (EventStore store = EventStores.open(db.toString())) {
      store.put(new Article("a1", FEB_7, "t", "US drone strike in Baghdad, \"3 dead\". Protest.", null, null), List.of(
          new Event("strike", EventType.ASSAULT, "aerial", USA, KH, BAGHDAD, DateSpan.between(FEB_7.minusDays(6), FEB_7),
              3, null, Modality.ASSERTED, 0.9, null, List.of(new Source("a1", FEB_7,
                  "A US drone strike in Baghdad killed \"three\", officials said.", "strike")), List.of()),
          new Event("march", EventType.PROTEST, "demonstrate", PROTESTERS, USA, BAGHDAD, DateSpan.day(FEB_7), null,
              null, Modality.ASSERTED, 0.6, null, List.of(new Source("a1", FEB_7, "Protesters marched.", "marched")),
              List.of())));
    }
  }

  @Test
  void acled_csv_has_acleds_columns_and_maps_plover_types_to_acleds() throws Exception {
    Path out = dir.resolve("acled.csv");
    Cli.Run run = Cli.run("export", "--db", db.toString(), "--format", "acled-csv", "--out", out.toString());
    assertEquals(0, run.status(), run.toString());
    assertEquals("reverb export: 2 events to " + out, run.err().strip());

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(String.join(",", AcledCsv.COLUMNS), lines.get(0));
    assertEquals("IRQ-strike,2024-02-04,2024,2,Political violence,Explosions/Remote violence,Air/drone strike,"
        + "United States,,8,Kataib Hezbollah,,3,38,,368,Middle East,Iraq,Baghdad,,,Baghdad,33.34,44.4,1,a1,,"
        + "\"A US drone strike in Baghdad killed \"\"three\"\", officials said.\",3,"
        + "plover=ASSAULT/aerial; modality=asserted; confidence=0.90,1707264000", lines.get(1));
    assertTrue(lines.get(2).startsWith("IRQ-march,2024-02-07,2024,1,Demonstrations,Protests,Peaceful protest,"
        + "protesters,,6,United States,,8,68,"), lines.get(2));
  }

  @Test
  void json_export_is_the_event_json_of_the_filtered_events() throws Exception {
    Cli.Run run = Cli.run("export", "--db", db.toString(), "--format", "json", "--type", "PROTEST");
    assertEquals(0, run.status(), run.toString());

    JsonNode events = EventJson.MAPPER.readTree(run.out());
    assertEquals(1, events.size());
    assertEquals("march", events.get(0).get("id").asText());
  }

  @Test
  void csv_export_pages_through_the_store_with_one_header() throws Exception {
    try (EventStore store = EventStores.open(db.toString())) {
      List<Event> many = new ArrayList<>();
      for (int i = 0; i < ExportCommand.PAGE + 10; i++) {
        many.add(new Event(String.format("e%05d", i), EventType.PROTEST, null, null, null, null,
            DateSpan.day(FEB_7.plusDays(1)), null, null, Modality.ASSERTED, 0.5, null,
            List.of(new Source("a2", FEB_7, "Crowds gathered.", "gathered")), List.of()));
      }
      store.put(new Article("a2", FEB_7, null, "Crowds gathered.", null, null), many);
    }
    Cli.Run run = Cli.run("export", "--db", db.toString(), "--format", "csv", "--q", "crowds");
    assertEquals(0, run.status(), run.err());

    String[] lines = run.out().split("\r\n");
    assertEquals(ExportCommand.PAGE + 11, lines.length);
    assertTrue(lines[0].startsWith("id,type,"), lines[0]);
    assertTrue(lines[ExportCommand.PAGE + 1].startsWith("e05000,"), lines[ExportCommand.PAGE + 1]);
  }

  @Test
  void an_unknown_format_or_mode_is_a_usage_error() {
    Cli.Run run = Cli.run("export", "--db", db.toString(), "--format", "xml");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("'xml' is not json, csv or acled-csv"), run.err());

    run = Cli.run("export", "--db", db.toString(), "--format", "json", "--type", "PROTEST", "--mode", "aerial");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("--mode 'aerial' is not a mode of PROTEST"), run.err());
  }
}
