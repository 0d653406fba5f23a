package org.reverb.eval;

/**
 * Precision, recall and F1 of one field, from counts.
 *
 * @param correct matched pairs whose values agree
 * @param predicted predictions that give a value
 * @param gold gold events that give a value
 */
public record FieldScore(int correct, int predicted, int gold) {

  public FieldScore plus(boolean isCorrect, boolean isPredicted, boolean isGold) {
    return new FieldScore(correct + (isCorrect ? 1 : 0), predicted + (isPredicted ? 1 : 0), gold + (isGold ? 1 : 0));
  }

  /** 0 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** 0 when there is nothing to find. */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
