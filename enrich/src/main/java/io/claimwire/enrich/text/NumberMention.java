package io.claimwire.enrich.text;

/**
 * A number found in a sentence. Offsets are into the sentence; {@code end} covers the unit when one follows.
 * For a range {@code value == low}. {@code vague} marks "hundreds", "dozens": the value is the lower bound.
 * {@code rate} is the period of a rate written beside the number ("1,500 a day" gives "per day").
 */
public record NumberMention(int start, int end, double value, Double low, Double high, boolean vague, String unit,
    String rate) {
  public boolean isRange() {
    return low != null && high != null;
  }

  NumberMention withEnd(int newEnd, String newUnit, String newRate) {
    return new NumberMention(start, newEnd, value, low, high, vague, newUnit, newRate);
  }
}
