package org.reverb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;

class ActorLeadersTest {

  private static final ActorDictionary DICT = ActorDictionary.load();
  private static final String HEADER = "name\taliases\tcountry\trole\tfrom\tto\torganisation\n";

  @TempDir
  Path dir;

  private static Actor government(String iso3, String name) {
    return new Actor(iso3, name, ActorKind.GOVERNMENT, iso3, null);
  }

  private static List<ActorMatch> match(String spaced, String date) {
    return DICT.match(Arrays.asList(spaced.split(" ")), LocalDate.parse(date));
  }

  private static List<Actor> actors(String spaced, String date) {
    return match(spaced, date).stream().map(ActorMatch::actor).toList();
  }

  @Test
  void putin_in_march_2024_is_the_russian_government() {
    assertEquals(List.of(new ActorMatch(1, 2, government("RUS", "Russia"))),
        match("President Putin vowed revenge for the concert hall attack", "2024-03-23"));
  }

  @Test
  void biden_is_the_united_states_only_while_president() {
    assertEquals(List.of(government("USA", "United States")), actors("Biden condemned the strike", "2024-04-02"));
    assertEquals(List.of(), actors("Biden condemned the strike", "2015-06-01"));
  }

  @Test
  void netanyahu_is_no_one_in_the_bennett_era_and_israel_again_from_december_2022() {
    assertEquals(List.of(), actors("Netanyahu threatened", "2021-08-01"));
    assertEquals(List.of(government("ISR", "Israel")), actors("Netanyahu threatened", "2024-07-28"));
    assertEquals(List.of(new ActorMatch(0, 2, government("ISR", "Israel"))),
        match("Benjamin Netanyahu 's office said", "2024-07-28"));
  }

  @Test
  void guterres_is_the_un() {
    Actor un = DICT.byId("UN").orElseThrow();
    assertEquals(List.of(un), actors("Guterres condemned the attack", "2023-10-09"));
    assertEquals(Optional.of(un), DICT.leader("António Guterres", LocalDate.parse("2023-10-09")));
  }

  @Test
  void a_military_chief_is_the_state_s_military() {
    Actor military = new Actor("RUS", "Russia", ActorKind.MILITARY, "RUS", null);
    assertEquals(List.of(military), actors("Gerasimov said", "2023-01-12"));
  }

  @Test
  void a_surname_that_is_also_a_word_is_not_matched_in_lower_case() {
    assertEquals(List.of(government("ISR", "Israel")), actors("Gallant ordered a siege", "2023-10-09"));
    assertEquals(List.of(), actors("the gallant soldiers held", "2023-10-09"));
    assertEquals(List.of(government("GBR", "United Kingdom")), actors("Cleverly said", "2023-02-01"));
    assertEquals(List.of(), actors("they cleverly hid", "2023-02-01"));
  }

  @Test
  void the_full_name_of_a_leader_out_of_office_does_not_fall_back_to_a_shorter_name() {
    assertEquals(List.of(), actors("Petro Poroshenko criticised the talks", "2023-05-01"));
    assertEquals(List.of(government("COL", "Colombia")), actors("Petro criticised the talks", "2023-05-01"));
  }

  @Test
  void other_names_still_win_and_the_dateless_match_ignores_leaders() {
    assertEquals(List.of(government("USA", "United States")),
        actors("the Trump administration imposed sanctions", "2018-05-08"));
    assertEquals(List.of(), DICT.match(List.of("Putin", "vowed", "revenge")));
    assertEquals(DICT.match(List.of("US", "troops", "left")),
        DICT.match(List.of("US", "troops", "left"), null));
  }

  @Test
  void a_user_leaders_file_is_recognised_by_its_header() throws IOException {
    Path extra = dir.resolve("leaders.tsv");
    Files.writeString(extra, HEADER + "Jane Doe\tDoe\tIRQ\tdefence_minister\t2020-01-01\t\t\n");
    ActorDictionary dict = ActorDictionary.load(extra);
    assertEquals(Optional.of(government("IRQ", "Iraq")), dict.leader("Doe", LocalDate.parse("2024-01-01")));
    assertEquals(Optional.empty(), dict.leader("Doe", LocalDate.parse("2019-12-31")));
    assertEquals(Optional.of(government("RUS", "Russia")), dict.leader("Putin", LocalDate.parse("2024-01-01")));
  }

  @Test
  void a_malformed_leaders_row_names_its_file_and_line() throws IOException {
    Path bad = dir.resolve("bad-leaders.tsv");
    Files.writeString(bad, HEADER + "Jane Doe\tDoe\tIRQ\tdefence_minister\t2020-01-01\t\t\n"
        + "John Roe\tRoe\tIRQ\tking\t2020-01-01\t\t\n");
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(bad));
    assertTrue(e.getMessage().startsWith(bad + ":3: role must be"), e.getMessage());
    Files.writeString(bad, HEADER + "John Roe\tRoe\tIRQ\tother\t2020-13-01\t\t\n");
    e = assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(bad));
    assertTrue(e.getMessage().startsWith(bad + ":2: from must be an ISO date"), e.getMessage());
    Files.writeString(bad, HEADER + "John Roe\tRoe\t\tother\t2020-01-01\t\tNo Such Body\n");
    e = assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(bad));
    assertTrue(e.getMessage().startsWith(bad + ":2: unknown organisation"), e.getMessage());
  }
}
