package org.reverb.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reverb.model.EventType;

class GoldEventsTest {

  private static final String LINE = "{\"file\": \"000_a.txt\", \"event\": \"jordan-attack\", \"type\": \"ASSAULT\", "
      + "\"mode\": \"aerial\", \"actor\": \"Kataib Hezbollah\", \"target\": \"USA\", "
      + "\"place\": {\"name\": \"Jordan\", \"country\": \"JOR\"}, \"date\": {\"earliest\": null, "
      + "\"latest\": \"2024-02-07\"}, \"fatalities\": 3, \"modality\": \"asserted\", \"same_as\": null, "
      + "\"response_to\": null}";

  @Test
  void a_gold_line_is_read_field_by_field() {
    GoldEvent g = GoldEvents.read("gold.jsonl", List.of(LINE, "")).get(0);
    assertEquals("000_a.txt:jordan-attack", g.key());
    assertEquals(EventType.ASSAULT, g.type());
    assertEquals("JOR", g.country());
    assertNull(g.earliest());
    assertEquals(LocalDate.of(2024, 2, 7), g.latest());
    assertEquals(3, g.fatalities());
  }

  @Test
  void a_malformed_gold_line_gives_an_error_naming_file_and_line() {
    GoldFormatException e = assertThrows(GoldFormatException.class,
        () -> GoldEvents.read("gold.jsonl", List.of(LINE, "{\"file\": \"000_a.txt\", \"event\": ")));
    assertTrue(e.getMessage().startsWith("gold.jsonl:2: "), e.getMessage());
  }

  @Test
  void an_unknown_type_gives_an_error_naming_file_and_line() {
    GoldFormatException e = assertThrows(GoldFormatException.class,
        () -> GoldEvents.read("gold.jsonl", List.of(LINE.replace("ASSAULT", "EXPLODE"))));
    assertTrue(e.getMessage().startsWith("gold.jsonl:1: "), e.getMessage());
  }

  @Test
  void the_same_event_twice_is_an_error() {
    GoldFormatException e = assertThrows(GoldFormatException.class,
        () -> GoldEvents.read("gold.jsonl", List.of(LINE, LINE)));
    assertTrue(e.getMessage().contains("gold.jsonl:2: ") && e.getMessage().contains("twice"), e.getMessage());
  }
}
