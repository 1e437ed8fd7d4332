package io.claimwire.enrich.text;

import java.util.List;
import java.util.Objects;

/**
 * Figures that count parts of one group in one phrase share what the group measures: "65 civilians, including 13
 * children and three women, were killed" (all three killed), "the floods killed 23 men, 23 women and 29 children",
 * "66 people including 37 men and five children have received injuries". Two neighbouring figures are in one phrase
 * when no stop is between them, neither has a unit, and nothing between them is a verb (by the tagger;
 * {@code links.tsv} words such as "include" join all the same) unless a coordinator ("as well as", "along with")
 * stands right before the second. A figure with no measure takes that of the nearest figure of its phrase that has
 * both a measure and a counted thing ("52 injuries" gives none: its noun is its own measure).
 */
final class Groups {
  static final Lexicon LINKS = Lexicon.load("links.tsv");
  private static final int MAX_GAP = 80;
  private static final java.util.Set<String> COMPARISONS = Words.setOf("below", "above", "than", "compared",
      "versus", "vs", "against", "beneath", "exceeding");

  private Groups() {}

  static void shareMeasures(Tags tags, List<NumberMention> ms, List<Figure> figures) {
    String text = tags.text();
    int n = figures.size();
    if (n < 2 || figures.stream().allMatch(f -> f.measure() != null)) {
      return;
    }
    int[] phrase = new int[n]; // the index of each figure's phrase
    boolean[] partOf = new boolean[n]; // whether a figure's phrase names parts of a whole ("which include")
    for (int i = 1; i < n; i++) {
      int joined = joined(text, tags, ms.get(i - 1), ms.get(i), figures.get(i - 1), figures.get(i));
      phrase[i] = joined > 0 ? phrase[i - 1] : i;
      partOf[phrase[i]] |= joined == 2;
    }
    for (int i = 0; i < n; i++) {
      Figure f = figures.get(i);
      if (f.measure() != null || byHowMuch(tags, ms.get(i)) || i > 0 && wholeOf(tags, ms.get(i - 1), ms.get(i))) {
        continue; // "raised rates by 0.25 point to a range of 1.25%": how much it moved is not the level's measure;
        // "close 85 of its 310 stores": the whole is not what was done to its part
      }
      Figure donor = null;
      for (int d = 1; d < n && donor == null; d++) {
        donor = donor(figures, phrase, i, i + d, partOf); // the nearest, the following one first
        donor = donor != null ? donor : donor(figures, phrase, i, i - d, partOf);
      }
      if (donor != null) {
        figures.set(i, f.withMeasureAndSubject(donor.measure(), f.subject()));
      }
    }
  }

  /**
   * The whole a part is counted of measures nothing the part does: "40 of the 1.2 million ballots were spoiled" (the
   * 1.2 million were cast, not spoiled), "close 85 of its 310 stores".
   */
  static void wholes(Tags tags, List<NumberMention> ms, List<Figure> figures) {
    for (int i = 1; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.measure() != null && f.change() == null && f.measure().equals(figures.get(i - 1).measure())
          && wholeOf(tags, ms.get(i - 1), ms.get(i))) {
        figures.set(i, f.withMeasureAndSubject(null, f.subject()));
      }
    }
  }

  /** "85 of its 310 stores", "40 of the 1.2 million ballots": the second figure is the whole the first is part of. */
  private static boolean wholeOf(Tags tags, NumberMention part, NumberMention whole) {
    String between = tags.text().substring(part.end(), whole.start()).strip().toLowerCase(java.util.Locale.ROOT);
    return between.startsWith("of ") && Tags.CLOSED.is(between.substring(3).strip(), "determiner")
        || between.equals("of its") || between.equals("of their");
  }

  private static boolean byHowMuch(Tags tags, NumberMention m) {
    int first = FigureExtractor.firstTokenAtOrAfter(tags.tokens(), m.start());
    return first > 0 && tags.tokens().get(first - 1).lower().equals("by")
        || Restatements.restates(tags.tokens(), first); // "by 25 basis points, or 0.25%": the same move told another way
  }

  /**
   * A count gives its measure when it also names what it counted ("52 injuries" is its own measure and gives none),
   * or when its phrase lists parts of it ("42 injured, which include 13 men"); an amount or a share gives its own
   * measure to one of the same unit ("51.7 per cent turnout for the assembly, 55 per cent for the province"), never a
   * change.
   */
  private static Figure donor(List<Figure> figures, int[] phrase, int to, int from, boolean[] partOf) {
    if (from < 0 || from >= figures.size() || phrase[from] != phrase[to]) {
      return null;
    }
    Figure f = figures.get(from);
    if (f.measure() == null || f.change() != null) {
      return null;
    }
    if (f.unit() == null && f.measure().equalsIgnoreCase(f.subject()) && figures.get(to).subject() != null) {
      return null; // "3,000 passengers and 40 crews": a noun that is its own measure measures no other thing counted
    }
    return f.unit() != null || f.subject() != null || partOf[phrase[to]] ? f : null;
  }

  /**
   * Whether two neighbouring figures are in one phrase: 0 when not, 1 when they are, 2 when a partitive word joins
   * them ("which include").
   */
  private static int joined(String text, Tags tags, NumberMention a, NumberMention b, Figure fa, Figure fb) {
    if (!Objects.equals(fa.unit(), fb.unit()) || b.start() - a.end() > MAX_GAP) {
      return 0;
    }
    for (int c = a.end(); c < b.start(); c++) {
      char ch = text.charAt(c);
      if (ch == '.' || ch == ';' || ch == ':' || ch == '!' || ch == '?') {
        return 0;
      }
    }
    List<Token> toks = tags.tokens();
    int from = FigureExtractor.firstTokenAtOrAfter(toks, a.start());
    int to = FigureExtractor.firstTokenAtOrAfter(toks, b.end());
    // "2,500 troops had arrived, as well as 300 police officers": a coordinator adds to the phrase across its verb
    boolean added = coordinated(toks, FigureExtractor.firstTokenAtOrAfter(toks, b.start()), a.end());
    if (!added && afterWith(toks, b) && !afterWith(toks, a)
        && toks.get(FigureExtractor.firstTokenAtOrAfter(toks, b.start()) - 1).start() >= a.end()) {
      return 0; // "61 points, three clear of Town with eight games left": a phrase of its own ("with 16,857,035 votes,
      // followed by the PML-N with 12,894,225" and "along with 30 schools" stay one list)
    }
    int joined = 1;
    int next = FigureExtractor.firstTokenAtOrAfter(toks, a.end());
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      boolean between = t.start() >= a.end() && t.end() <= b.start();
      if (between && COMPARISONS.contains(t.lower())) {
        return 0; // "82 percent, below the 95 percent target": a figure compared with another is another question
      }
      if (between && LINKS.is(t.lower(), "partitive")) {
        joined = 2;
      } else if (k == next && t.lower().endsWith("ed") && fa.measure() != null) {
        continue; // "42 injured, which include": the participle is the first figure's own event, not a new clause
      } else if (between && !added && (tags.is(k, "VERB") || tags.is(k, "AUX"))) {
        return 0;
      }
    }
    return joined;
  }

  private static boolean afterWith(List<Token> toks, NumberMention m) {
    int first = FigureExtractor.firstTokenAtOrAfter(toks, m.start());
    return first > 0 && toks.get(first - 1).lower().equals("with");
  }

  /**
   * Whether a coordinator ({@code links.tsv}, class coordinator: "as well as", "along with") stands right before the
   * figure at token {@code first}, past its qualifier ("as well as close to 400"), and after {@code after}.
   */
  private static boolean coordinated(List<Token> toks, int first, int after) {
    int from = FigureExtractor.firstTokenAtOrAfter(toks, after);
    for (int k = first - 1; k >= 0 && first - k <= 4; k--) { // where the coordinator may end: past a qualifier
      if (LINKS.phraseEndingAt(toks, k, 3, from, "coordinator") >= 0) {
        return true;
      }
      if (!Qualifiers.isInQualifier(toks.get(k).lower())) {
        return false;
      }
    }
    return false;
  }
}
