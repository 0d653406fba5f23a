package org.reverb.annotate;

import java.util.BitSet;
import java.util.List;

/**
 * Chooses the sentences of an article that need a dependency parse, from their tokens (words, lemmas, parts of
 * speech and entity tags, but no dependencies yet). Sentences left out get no dependency edges; everything else
 * about them is annotated as usual.
 *
 * <p>A selector must choose every sentence whose dependencies a later stage reads, so that parsing fewer
 * sentences changes no result. Implementations are stateless and safe to call from several threads at once.
 */
@FunctionalInterface
public interface ParseSelector {

  /** Parses every sentence. */
  ParseSelector ALL = sentences -> {
    BitSet all = new BitSet();
    all.set(0, sentences.size());
    return all;
  };

  /** The indices of the sentences to parse; {@code sentences} holds each sentence's tokens, in order. */
  BitSet select(List<List<Token>> sentences);
}
