package org.reverb.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reverb.model.EventType;
import org.reverb.model.Modality;

class LexiconTest {

  @Test
  void the_bundled_lexicon_knows_a_drone_strike_before_a_bare_strike() {
    var triggers = Lexicon.bundled().triggersStartingWith("drone");
    assertFalse(triggers.isEmpty());
    assertEquals(EventType.ASSAULT, triggers.get(0).type());
    assertEquals("aerial", triggers.get(0).mode());
    var strike = Lexicon.bundled().triggersStartingWith("strike");
    assertTrue(strike.stream().allMatch(t -> t.words().size() <= strike.get(0).words().size()));
  }

  @Test
  void cues_give_modes_and_modalities() {
    assertEquals("shelling", Lexicon.bundled().modeCue(EventType.ASSAULT, "rocket"));
    assertEquals(Modality.HYPOTHETICAL, Lexicon.bundled().modalityCue("potential"));
  }

  @Test
  void a_users_trigger_file_adds_to_the_bundled_one(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("triggers.tsv"), "# mine\nfirebomb\tV\tASSAULT\tbombing\t0.9\n");
    Lexicon lexicon = Lexicon.load(dir);
    assertEquals("bombing", lexicon.triggersStartingWith("firebomb").get(0).mode());
    assertFalse(lexicon.triggersStartingWith("attack").isEmpty());
  }

  @Test
  void a_bad_row_names_its_file_and_line(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("triggers.tsv"), "firebomb\tV\tASSAULT\tbombing\t0.9\nshove\tV\tPUSH\t-\t0.5\n");
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
    assertTrue(e.getMessage().startsWith(dir.resolve("triggers.tsv") + ":2: unknown event type 'PUSH'"),
        e.getMessage());
  }

  @Test
  void a_mode_outside_its_type_is_refused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("mode-cues.tsv"), "PROTEST\tdrone\taerial\n");
    LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.load(dir));
    assertTrue(e.getMessage().contains(":1: 'aerial' is not a mode of PROTEST"), e.getMessage());
  }
}
