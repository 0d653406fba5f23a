package org.reverb.annotate;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word the text as written
 * @param lemma base form
 * @param pos Penn Treebank part of speech
 * @param ner entity tag ({@code PERSON}, {@code LOCATION}, {@code DATE} …) or {@code O}
 * @param begin character offset in the article text
 * @param end character offset after the token
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {

  /** The lemma in lower case, or the word when there is no lemma: how word lists are compared. */
  public String lowerLemma() {
    return (lemma == null ? word : lemma).toLowerCase(java.util.Locale.ROOT);
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
