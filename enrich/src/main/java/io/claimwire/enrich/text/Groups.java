package io.claimwire.enrich.text;

import java.util.List;
import java.util.Objects;

/**
 * Figures that count parts of one group in one phrase share what the group measures: "65 civilians, including 13
 * children and three women, were killed" (all three killed), "the floods killed 23 men, 23 women and 29 children",
 * "66 people including 37 men and five children have received injuries". Two neighbouring figures are in one phrase
 * when nothing between them is a verb (by the tagger; {@code links.tsv} words such as "include" join all the same),
 * nor a stop, and neither has a unit. A figure with no measure takes that of the nearest figure of its phrase that
 * has both a measure and a counted thing ("52 injuries" gives none: its noun is its own measure).
 */
final class Groups {
  static final Lexicon LINKS = Lexicon.load("links.tsv");
  private static final int MAX_GAP = 80;

  private Groups() {}

  static void shareMeasures(Tags tags, List<NumberMention> ms, List<Figure> figures) {
    String text = tags.text();
    int n = figures.size();
    if (n < 2 || figures.stream().allMatch(f -> f.measure() != null)) {
      return;
    }
    int[] phrase = new int[n]; // the index of each figure's phrase
    for (int i = 1; i < n; i++) {
      phrase[i] = joined(text, tags, ms.get(i - 1), ms.get(i), figures.get(i - 1), figures.get(i)) ? phrase[i - 1] : i;
    }
    for (int i = 0; i < n; i++) {
      Figure f = figures.get(i);
      if (f.measure() != null || f.unit() != null) {
        continue;
      }
      Figure donor = null;
      for (int d = 1; d < n && donor == null; d++) {
        donor = donor(figures, phrase, i, i + d); // the nearest, the following one first
        donor = donor != null ? donor : donor(figures, phrase, i, i - d);
      }
      if (donor != null) {
        figures.set(i, f.withMeasureAndSubject(donor.measure(), f.subject()));
      }
    }
  }

  private static Figure donor(List<Figure> figures, int[] phrase, int to, int from) {
    if (from < 0 || from >= figures.size() || phrase[from] != phrase[to]) {
      return null;
    }
    Figure f = figures.get(from);
    return f.measure() != null && f.subject() != null && f.unit() == null ? f : null;
  }

  private static boolean joined(String text, Tags tags, NumberMention a, NumberMention b, Figure fa, Figure fb) {
    if (!Objects.equals(fa.unit(), fb.unit()) || fa.unit() != null || b.start() - a.end() > MAX_GAP) {
      return false;
    }
    for (int c = a.end(); c < b.start(); c++) {
      char ch = text.charAt(c);
      if (ch == '.' || ch == ';' || ch == ':' || ch == '!' || ch == '?') {
        return false;
      }
    }
    List<Token> toks = tags.tokens();
    int from = FigureExtractor.firstTokenAtOrAfter(toks, a.start());
    int to = FigureExtractor.firstTokenAtOrAfter(toks, b.end());
    if (to <= from) {
      return true;
    }
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      boolean between = t.start() >= a.end() && t.end() <= b.start();
      if (between && (tags.is(k, "VERB") || tags.is(k, "AUX")) && !LINKS.is(t.lower(), "partitive")) {
        return false;
      }
    }
    return true;
  }
}
