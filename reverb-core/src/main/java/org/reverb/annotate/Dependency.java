package org.reverb.annotate;

/**
 * One edge of a sentence's dependency graph (Universal Dependencies, enhanced++).
 *
 * @param governor the head token's index, or -1 for the root
 * @param dependent the dependent token's index
 * @param relation the relation with its case marker where enhanced ({@code nsubj}, {@code obl:in}, {@code nmod:of})
 */
public record Dependency(int governor, int dependent, String relation) {

  /** The relation without its enhancement: {@code obl} for {@code obl:in}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
