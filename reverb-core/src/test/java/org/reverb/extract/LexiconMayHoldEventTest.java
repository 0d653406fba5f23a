package org.reverb.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reverb.annotate.Token;

class LexiconMayHoldEventTest {

  /** Tokens from "word/lemma/POS" triples. */
  static List<Token> tokens(String... wlp) {
    List<Token> out = new ArrayList<>();
    for (String x : wlp) {
      String[] p = x.split("/");
      out.add(new Token(out.size(), p[0], p[1], p[2], "O", 0, 0));
    }
    return out;
  }

  @Test
  void a_sentence_with_a_trigger_of_the_right_part_of_speech_may_hold_an_event() {
    assertTrue(Lexicon.bundled().mayHoldEvent(tokens("Police/police/NNS", "arrested/arrest/VBD", "him/he/PRP")));
    assertTrue(Lexicon.bundled().mayHoldEvent(tokens("the/the/DT", "attack/attack/NN")));
  }

  @Test
  void a_sentence_without_a_trigger_holds_none() {
    assertFalse(Lexicon.bundled().mayHoldEvent(tokens("The/the/DT", "weather/weather/NN", "was/be/VBD",
        "mild/mild/JJ", "./././")));
    assertFalse(Lexicon.bundled().mayHoldEvent(List.of()));
  }
}
