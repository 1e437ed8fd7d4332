package io.claimwire.enrich.text;

import java.util.List;

/**
 * A figure told again beside another ("18 points, or 0.9%", "900,000 (4.6%)"), and an amount in brackets after a
 * name, which is that name's ("behind Enzo Fernandez (£107m)").
 */
final class Restatements {
  private static final Lexicon WORDS = Holder.WORDS;

  private Restatements() {}

  /** "18 points, or 0.9%", "900,000 (4.6%)": the figure restates the one before it. */
  static boolean restates(List<Token> toks, int first) {
    int k = first - 1;
    while (k >= 0 && WORDS.is(toks.get(k).lower(), "skip")) {
      k--;
    }
    return k >= 1 && (toks.get(k).lower().equals("or") && toks.get(k - 1).lower().equals(",")
        || toks.get(k).lower().equals("(") && !toks.get(k - 1).isCapitalised()); // not "Enzo Fernandez (£107m)"
  }

  /** "behind Enzo Fernandez (£107m)": a figure in brackets right after a name is that name's; null otherwise. */
  static String namedBeforeBracket(Tags tags, int first) {
    List<Token> toks = tags.tokens();
    int k = first - 1;
    while (k >= 0 && WORDS.is(toks.get(k).lower(), "skip")) {
      k--;
    }
    if (k < 1 || !toks.get(k).lower().equals("(") || !toks.get(k - 1).isCapitalised() || !tags.is(k - 1, "PROPN")) {
      return null;
    }
    int from = k - 1;
    while (from > 0 && toks.get(from - 1).isCapitalised() && tags.is(from - 1, "PROPN") && k - from < 5) {
      from--;
    }
    return tags.text().substring(toks.get(from).start(), toks.get(k - 1).end());
  }
}
