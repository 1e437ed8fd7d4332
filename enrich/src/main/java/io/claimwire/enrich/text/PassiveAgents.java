package io.claimwire.enrich.text;

import java.util.List;

/**
 * A reporting participle with "by" right after a figure ("fewer than the 61 reported by the agency", "the 50,000
 * claimed by organisers"): its agent states that figure, whoever speaks for the sentence, and only that figure.
 */
final class PassiveAgents {
  private PassiveAgents() {}

  /** Words a figure may have between it and a passive participle that reports it: "the 61 deaths reported by". */
  private static final int GAP = 2;

  /** Whether the cue is a participle with "by" right after figure {@code n}: its agent states {@code n}. */
  static boolean rightAfter(List<Token> toks, Attributor.Cue c, NumberMention n) {
    int v = participle(toks, c, n);
    int after = FigureExtractor.firstTokenAtOrAfter(toks, n.end());
    if (v < 0 || v - after > GAP) {
      return false;
    }
    for (int k = after; k < v; k++) {
      if (!Character.isLetter(toks.get(k).text().charAt(0))) {
        return false; // a comma or another figure between: the participle is no longer the figure's
      }
    }
    return true;
  }

  /**
   * Whether the cue is a participle with "by" right after another figure than {@code n} ("estimated that 12,000 had
   * burned, against the 8,300 reported by the agency"): its agent states that figure only.
   */
  static boolean ofAnother(List<Token> toks, Attributor.Cue c, NumberMention n) {
    int v = participle(toks, c, n);
    for (int k = v - 1; v >= 0 && k >= 0 && v - k <= GAP + 1; k--) {
      String t = toks.get(k).text();
      if (FigureSources.NUMBER.matcher(t).matches() && !FigureSources.YEAR.matcher(t).matches()) {
        return toks.get(k).start() >= n.end(); // another figure, after this one, owns the participle
      }
      if (!Character.isLetter(t.charAt(0))) {
        return false;
      }
    }
    return false;
  }

  /** The token of the cue's participle when "by" follows it and it stands after figure {@code n}, else -1. */
  private static int participle(List<Token> toks, Attributor.Cue c, NumberMention n) {
    if (c.pronoun() || c.position() < n.end()) {
      return -1;
    }
    int v = FigureExtractor.firstTokenAtOrAfter(toks, c.position());
    boolean by = v + 1 < toks.size() && toks.get(v).start() == c.position() && toks.get(v + 1).lower().equals("by");
    return by ? v : -1;
  }
}
