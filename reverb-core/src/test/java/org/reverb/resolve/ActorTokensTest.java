package org.reverb.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reverb.resolve.ActorTokens.Case;

class ActorTokensTest {

  private static List<String> keys(String... tokens) {
    return ActorTokens.keys(ActorTokens.of(List.of(tokens)));
  }

  @Test
  void acronym_dots_go_and_hyphens_split() {
    assertEquals(List.of("us", "backed"), keys("U.S.-backed"));
    assertEquals(List.of("us", "forces"), keys("U.S", "forces"));
    assertEquals(List.of("iran", "backed"), keys("Iran", "-", "backed"));
  }

  @Test
  void a_possessive_splits_off_and_inner_apostrophes_go() {
    assertEquals(List.of("iraq", "'s", "parliament"), keys("Iraq's", "parliament"));
    assertEquals(List.of("iraq", "'s"), keys("Iraq", "'s"));
    assertEquals(List.of("kataib", "hezbollah"), keys("Kata\u2019ib", "Hezbollah"));
    assertEquals(List.of("workers", "party"), keys("Workers'", "Party"));
  }

  @Test
  void accents_go_and_parentheses_stay() {
    assertEquals(List.of("medecins", "sans", "frontieres"), keys("M\u00e9decins", "Sans", "Fronti\u00e8res"));
    assertEquals(List.of("cpi", "(", "maoist", ")"), keys("CPI", "-LRB-", "Maoist", "-RRB-"));
    assertEquals(List.of("cpi", "(", "maoist", ")"), keys("CPI(Maoist)"));
  }

  @Test
  void numbers_keep_their_separators() {
    assertEquals(List.of("1,000", "troops", "."), keys("1,000", "troops", "."));
  }

  @Test
  void pieces_remember_their_token() {
    List<ActorTokens.Piece> pieces = ActorTokens.of(List.of("the", "Iran-backed", "militias"));
    assertEquals(List.of(0, 1, 1, 2), pieces.stream().map(ActorTokens.Piece::token).toList());
    assertEquals(List.of(true, true, false, true), pieces.stream().map(ActorTokens.Piece::startsToken).toList());
  }

  @Test
  void case_follows_how_the_data_writes_a_word() {
    assertEquals(Case.EXACT, Case.of("US"));
    assertEquals(Case.EXACT, Case.of("LeT"));
    assertEquals(Case.CAPITAL, Case.of("Hamas"));
    assertEquals(Case.ANY, Case.of("al"));
    assertEquals(Case.ANY, Case.of("400"));
  }
}
