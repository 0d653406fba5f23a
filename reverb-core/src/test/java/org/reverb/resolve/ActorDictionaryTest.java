package org.reverb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.Actor;
import org.reverb.model.ActorKind;

class ActorDictionaryTest {

  private static final ActorDictionary DICT = ActorDictionary.load();
  private static final Actor USA = new Actor("USA", "United States", ActorKind.STATE, "USA", null);
  private static final Actor KATAIB_HEZBOLLAH =
      new Actor("Kataib Hezbollah", "Kataib Hezbollah", ActorKind.ARMED_GROUP, "IRQ", "IRN");

  @TempDir
  Path dir;

  private static Actor lookup(String phrase) {
    return DICT.lookup(phrase).orElseThrow(() -> new AssertionError("no actor for '" + phrase + "'"));
  }

  private static Actor organ(String iso3, String name, ActorKind kind) {
    return new Actor(iso3, name, kind, iso3, null);
  }

  private static List<ActorMatch> match(String spaced) {
    return DICT.match(Arrays.asList(spaced.split(" ")));
  }

  @Test
  void us_is_the_united_states() {
    assertEquals(USA, lookup("US"));
    assertEquals(USA, lookup("U.S."));
  }

  @Test
  void the_united_states_is_the_united_states() {
    assertEquals(USA, lookup("the United States"));
  }

  @Test
  void the_pronoun_us_and_the_verb_is_name_no_one() {
    assertEquals(Optional.empty(), DICT.lookup("us"));
    assertEquals(List.of(), match("Let us go"));
    assertEquals(List.of(), match("What is this"));
    assertEquals("Islamic State", lookup("IS").id());
  }

  @Test
  void kataib_hezbollah_militia_is_the_iraqi_armed_group_backed_by_iran() {
    assertEquals(KATAIB_HEZBOLLAH, lookup("Kataib Hezbollah militia"));
    assertEquals(KATAIB_HEZBOLLAH, lookup("the Kata'ib Hezbollah militia's"));
  }

  @Test
  void iran_backed_militias_are_an_armed_group_sponsored_by_iran() {
    Actor expected = new Actor("Iran-backed militias", "Iran-backed militias", ActorKind.ARMED_GROUP, null, "IRN");
    assertEquals(expected, lookup("Iran-backed militias"));
    assertEquals(expected, lookup("Iranian-backed militia"));
    assertEquals(expected, lookup("pro-Iranian militias"));
  }

  @Test
  void a_sponsored_named_group_stays_that_group() {
    assertEquals("Houthis", lookup("Iran-backed Houthi rebels").id());
  }

  @Test
  void iraqi_officials_are_the_iraqi_government() {
    assertEquals(organ("IRQ", "Iraq", ActorKind.GOVERNMENT), lookup("Iraqi officials"));
  }

  @Test
  void iraqi_parliament_members_are_the_iraqi_legislature() {
    assertEquals(organ("IRQ", "Iraq", ActorKind.LEGISLATURE), lookup("Iraqi parliament members"));
    assertEquals(organ("IRQ", "Iraq", ActorKind.LEGISLATURE), lookup("Iraq's parliament"));
  }

  @Test
  void country_and_organ_nouns_name_the_organ() {
    assertEquals(organ("USA", "United States", ActorKind.MILITARY), lookup("US troops"));
    assertEquals(organ("USA", "United States", ActorKind.MILITARY), lookup("U.S. forces"));
    assertEquals(organ("ISR", "Israel", ActorKind.POLICE), lookup("Israeli police"));
    assertEquals(organ("UKR", "Ukraine", ActorKind.MILITARY), lookup("the armed forces of Ukraine"));
    assertEquals(organ("IRN", "Iran", ActorKind.MILITARY), lookup("Iran's Revolutionary Guards"));
  }

  @Test
  void metonyms_name_state_organs() {
    assertEquals(organ("USA", "United States", ActorKind.MILITARY), lookup("the Pentagon"));
    assertEquals(organ("USA", "United States", ActorKind.GOVERNMENT), lookup("White House"));
    assertEquals(organ("RUS", "Russia", ActorKind.GOVERNMENT), lookup("Kremlin spokesman"));
    assertEquals(organ("ISR", "Israel", ActorKind.MILITARY), lookup("IDF"));
    assertEquals(organ("MMR", "Myanmar", ActorKind.MILITARY), lookup("Tatmadaw"));
  }

  @Test
  void generic_parties_are_civilians_protesters_and_suspects() {
    assertEquals(ActorKind.PROTESTERS, lookup("protesters").kind());
    assertEquals("protesters", lookup("hundreds of demonstrators").id());
    assertEquals("civilians", lookup("at least 134 Fulani villagers").id());
    assertEquals("civilians", lookup("Palestinian civilians").id());
    assertEquals("suspects", lookup("two suspects").id());
  }

  @Test
  void gunmen_are_unnamed_perpetrators_and_no_actor() {
    assertTrue(DICT.isUnnamedPerpetrator("gunmen"));
    assertTrue(DICT.isUnnamedPerpetrator("two masked gunmen"));
    assertTrue(DICT.isUnnamedPerpetrator("unidentified armed men"));
    assertTrue(DICT.isUnnamedPerpetrator("the attackers"));
    assertEquals(Optional.empty(), DICT.lookup("gunmen"));
    assertEquals(List.of(), match("Gunmen killed at least 134 people"));
  }

  @Test
  void named_or_described_perpetrators_are_not_unnamed() {
    assertFalse(DICT.isUnnamedPerpetrator("Hamas militants"));
    assertFalse(DICT.isUnnamedPerpetrator("men"));
    assertFalse(DICT.isUnnamedPerpetrator("Serb gunmen"));
    assertEquals(new Actor("Serb gunmen", "Serb gunmen", ActorKind.ARMED_GROUP, null, null), lookup("Serb gunmen"));
  }

  @Test
  void match_finds_the_longest_spans_over_tokens() {
    assertEquals(List.of(new ActorMatch(1, 3, organ("USA", "United States", ActorKind.MILITARY))),
        match("a US drone strike"));
    assertEquals(List.of(new ActorMatch(3, 6, KATAIB_HEZBOLLAH)), match("members of the Kataib Hezbollah militia"));
    assertEquals(List.of(new ActorMatch(0, 3, organ("IRQ", "Iraq", ActorKind.LEGISLATURE))),
        match("Iraqi parliament members"));
    assertEquals(List.of(new ActorMatch(0, 2, organ("USA", "United States", ActorKind.MILITARY))),
        match("U.S. forces"));
  }

  @Test
  void match_joins_hyphenated_tokens_split_or_not() {
    Actor militias = lookup("Iran-backed militias");
    assertEquals(List.of(new ActorMatch(0, 4, militias)), match("Iran - backed militias"));
    assertEquals(List.of(new ActorMatch(0, 2, militias)), match("Iran-backed militias"));
  }

  @Test
  void match_never_ends_inside_a_token() {
    assertEquals(List.of(), match("a Hamas-run ministry"));
    assertEquals(List.of(), match("a US-based charity"));
  }

  @Test
  void match_keeps_several_actors_of_a_sentence_apart() {
    List<ActorMatch> matches = match("the US-led coalition fighting Islamic State in Iraq");
    assertEquals(List.of("US-led coalition", "Islamic State", "IRQ"),
        matches.stream().map(m -> m.actor().id()).toList());
    assertEquals(new ActorMatch(7, 8, DICT.byId("IRQ").orElseThrow()), matches.get(2));
  }

  @Test
  void the_longest_name_wins() {
    assertEquals("Islamic State Khorasan", lookup("Islamic State Khorasan").id());
    assertEquals("Islamic State Khorasan", lookup("ISIS-K").id());
    assertEquals("Islamic Jihad", lookup("Palestinian Islamic Jihad").id());
    assertEquals("Free Syrian Army", lookup("Free Syrian Army").id());
  }

  @Test
  void stop_phrases_hide_the_names_inside_them() {
    assertEquals(List.of(), match("across Latin America"));
    assertEquals(List.of(), match("in Rhode Island"));
  }

  @Test
  void acronyms_in_shouting_text_are_not_trusted() {
    assertEquals(List.of("IRQ"), match("US TROOPS KILLED IN IRAQ RAID").stream().map(m -> m.actor().id()).toList());
  }

  @Test
  void by_id_finds_states_and_named_actors() {
    assertEquals(USA, DICT.byId("USA").orElseThrow());
    assertEquals(KATAIB_HEZBOLLAH, DICT.byId("Kataib Hezbollah").orElseThrow());
    assertEquals(Optional.empty(), DICT.byId("Nobody"));
  }

  @Test
  void bare_organ_nouns_give_their_kind() {
    assertEquals(Optional.of(ActorKind.POLICE), DICT.organ("police"));
    assertEquals(Optional.of(ActorKind.GOVERNMENT), DICT.organ("the foreign ministry"));
    assertEquals(Optional.empty(), DICT.organ("villagers"));
  }

  @Test
  void the_bundled_dictionary_is_loaded_once() {
    assertSame(ActorDictionary.load(), ActorDictionary.load());
  }

  @Test
  void a_user_file_adds_an_actor() throws IOException {
    Path extra = dir.resolve("my-actors.tsv");
    Files.writeString(extra, "id\tname\tkind\tcountry\tsponsor\taliases\n"
        + "# a local militia\n"
        + "Zarqa Brigade\tZarqa Brigade\tarmed_group\tJOR\tIRN\tZarqa militia|ZB\n");
    ActorDictionary dict = ActorDictionary.load(extra);
    Actor zarqa = new Actor("Zarqa Brigade", "Zarqa Brigade", ActorKind.ARMED_GROUP, "JOR", "IRN");
    assertEquals(Optional.of(zarqa), dict.lookup("the Zarqa militia"));
    assertEquals(List.of(new ActorMatch(2, 4, zarqa)), dict.match(List.of("fighters", "of", "ZB", "fighters")));
    assertEquals(KATAIB_HEZBOLLAH, dict.lookup("Kataib Hezbollah").orElseThrow());
    assertEquals(Optional.empty(), DICT.lookup("Zarqa Brigade"));
  }

  @Test
  void a_user_file_overrides_a_bundled_alias() throws IOException {
    Path extra = dir.resolve("override.tsv");
    Files.writeString(extra, "Hezbollah Brigades\t\tarmed_group\tIRQ\t\t\n");
    Actor brigades = new Actor("Hezbollah Brigades", "Hezbollah Brigades", ActorKind.ARMED_GROUP, "IRQ", null);
    assertEquals(Optional.of(brigades), ActorDictionary.load(extra).lookup("Hezbollah Brigades"));
  }

  @Test
  void a_malformed_row_names_its_file_and_line() throws IOException {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "id\tname\tkind\tcountry\tsponsor\taliases\n"
        + "Good Group\tGood Group\tarmed_group\t\t\t\n"
        + "Bad Group\tBad Group\tarmed_gang\t\t\t\n");
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(bad));
    assertTrue(e.getMessage().startsWith(bad + ":3: "), e.getMessage());
    assertTrue(e.getMessage().contains("armed_gang"), e.getMessage());
  }

  @Test
  void a_row_with_too_few_columns_or_a_bad_code_is_rejected() throws IOException {
    Path few = dir.resolve("few.tsv");
    Files.writeString(few, "Lonely\tarmed_group\n");
    assertTrue(assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(few)).getMessage()
        .startsWith(few + ":1: expected 5 or 6"));
    Path code = dir.resolve("code.tsv");
    Files.writeString(code, "\n\nSome Group\t\tarmed_group\tIraq\t\t\n");
    assertTrue(assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(code)).getMessage()
        .startsWith(code + ":3: country must be"));
  }

  @Test
  void one_file_may_not_give_one_alias_to_two_actors() throws IOException {
    Path twice = dir.resolve("twice.tsv");
    Files.writeString(twice, "Group A\t\tarmed_group\t\t\tThe Lions\nGroup B\t\tarmed_group\t\t\tLions\n");
    ActorDictionaryException e = assertThrows(ActorDictionaryException.class, () -> ActorDictionary.load(twice));
    assertTrue(e.getMessage().startsWith(twice + ":2: alias 'Lions' already names Group A"), e.getMessage());
  }

  @Test
  void every_code_in_the_bundled_actors_is_a_known_country() {
    for (ActorFiles.Row row : ActorFiles.bundled(ActorLoader.ACTORS)) {
      for (int col : new int[] {3, 4}) {
        String code = row.col(col);
        if (!code.isEmpty() && !row.col(0).equals("id")) {
          assertTrue(DICT.byId(code).filter(a -> a.kind() == ActorKind.STATE).isPresent(),
              row.source() + ":" + row.line() + ": unknown country " + code);
        }
      }
    }
  }
}
