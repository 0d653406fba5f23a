package org.reverb.pipeline;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reverb.annotate.ParseSelector;
import org.reverb.annotate.Token;
import org.reverb.extract.Lexicon;

/**
 * The sentences whose grammar {@link org.reverb.extract.RuleEventExtractor} reads: those that may hold a trigger
 * ({@link Lexicon#mayHoldEvent}), those that may attribute an attack ("claimed responsibility", "blamed", "accused",
 * "attributed to"), and, before any of these that holds a subject pronoun, the two sentences where its antecedent
 * may be (and so on back). The extractor reads no other sentence's dependencies, so its events are the same as
 * with every sentence parsed; {@code SelectiveParsingTest} checks it on real articles.
 */
public final class ExtractionParseSelector implements ParseSelector {

  /** Lemmas of the responsibility cues the extractor reads the grammar of, in any sentence. */
  private static final Set<String> ATTRIBUTION = Set.of("claim", "blame", "accuse", "attribute");
  /** Pronouns the extractor resolves, looking back this many sentences for their antecedent. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they");
  private static final int REACH = 2;

  private final Lexicon lexicon;

  public ExtractionParseSelector(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public BitSet select(List<List<Token>> sentences) {
    BitSet parse = new BitSet(sentences.size());
    for (int i = sentences.size() - 1; i >= 0; i--) {
      List<Token> s = sentences.get(i);
      if (parse.get(i) || lexicon.mayHoldEvent(s) || s.stream().anyMatch(t -> ATTRIBUTION.contains(lemma(t)))) {
        parse.set(i);
        if (s.stream().anyMatch(ExtractionParseSelector::pronoun)) {
          parse.set(Math.max(0, i - REACH), i);
        }
      }
    }
    return parse;
  }

  private static boolean pronoun(Token t) {
    return t.pos().equals("PRP") && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static String lemma(Token t) {
    return t.lowerLemma();
  }
}
