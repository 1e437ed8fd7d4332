package io.claimwire.enrich.text;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A figure a sentence compares another with is a baseline of the same question: "net debt of £12.9bn, compared with
 * £14bn a year ago", "12% higher than the 26,501 recorded last year", "up on the 1,638,058 seen the year before",
 * "fell 8.4%, compared to 2.5% for the EU". It measures what the nearest figure before it of the same unit measures
 * (in its sentence, else the sentence before), and so does one told with a verb that stands for another's ("the 2.4
 * million who did so", "19 percent of independents said the same"), and one that is a part of what the figure before
 * counted ("three bids, the most recent of which was £114m", of any unit), whatever verb stands near it ("compared",
 * "recorded", "seen"), unless it names what it counts itself ("compared to 32,425 cases").
 */
final class Baselines {
  /** Words that, right before a figure (past articles and qualifiers), make it what something is compared with. */
  private static final Set<String> SKIP = Lexicon.load("measures/baselines-skip.tsv").terms("skip");

  private Baselines() {}

  static void fill(Tags tags, List<NumberMention> ms, List<Figure> figures, List<Figure> before) {
    List<Token> toks = tags.tokens();
    for (int i = 0; i < figures.size(); i++) {
      int k = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).start()) - 1;
      while (k >= 0 && SKIP.contains(toks.get(k).lower())) {
        k--;
      }
      int last = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).end());
      Figure f = figures.get(i);
      boolean ofWhich = f.measure() == null && ofWhichBefore(toks, k);
      boolean fromFigure = i > 0 && k >= 0 && fromRightAfter(tags.text(), toks, k, ms.get(i - 1));
      if (!(k >= 0 && comparedWith(toks, k)) && !proVerbAfter(toks, last) && !ofWhich && !fromFigure) {
        continue;
      }
      if (f.measure() != null && (QuantityNouns.isQuantity(f.measure()) || FigureExtractor.isEvent(f.measure()))) {
        continue; // "compared to 32,425 cases": a figure that names what it counts keeps it
      }
      List<Figure> sofar = new java.util.ArrayList<>(i);
      for (int j = 0; j < i; j++) {
        sofar.add(Counted.asShare(tags.text(), ms.get(j), figures.get(j))); // "a third of adults ..., up from 25%"
      }
      Figure donor = donor(f, sofar, ofWhich);
      donor = donor != null || fromFigure ? donor : donor(f, before, ofWhich); // a move's start is told in its sentence
      if (donor != null) {
        Figure g = f.withMeasureOf(donor);
        if ((f.subject() == null || speaker(f)) && Objects.equals(f.unit(), donor.unit()) && donor.subject() != null
            && (f.unit() == null || !donor.subject().equals(donor.measure()))) { // "down from 7.1 percent": rents
          g = g.withMeasureAndSubject(g.measure(), donor.subject()); // "1,400 glaciers remain, down from 2,000"
        }
        figures.set(i, g);
      }
    }
  }

  /** "fewer than the 240,000 economists had expected": the word after the figure names who expected it, not what. */
  private static boolean speaker(Figure f) {
    return f.source() != null && f.source().name() != null && f.subject().equalsIgnoreCase(f.source().name());
  }

  /** What may stand between a figure and the "from" of where it came from: "4.2p a share from 7.5p". */
  private static final java.util.regex.Pattern PER_THING = java.util.regex.Pattern.compile(
      "[\\s,]*(?:(?:a|an|per)\\s+\\p{L}+)?[\\s,]*");

  /**
   * "down 31% from £307m", "cut to 4.2p a share from 7.5p": "from" right after the figure before (past a rate's
   * "a share") gives where the move started, a baseline of the same question.
   */
  private static boolean fromRightAfter(String text, List<Token> toks, int k, NumberMention previous) {
    return toks.get(k).lower().equals("from") && toks.get(k).start() >= previous.end()
        && PER_THING.matcher(text.substring(previous.end(), toks.get(k).start())).matches();
  }

  /** "three bids, the most recent of which was £114m": one of the things the figure before counted. */
  private static boolean ofWhichBefore(List<Token> toks, int k) {
    for (int j = k; j >= 1 && j > k - 4; j--) {
      if (toks.get(j).lower().equals("which") && toks.get(j - 1).lower().equals("of")) {
        return PART_LINKS.contains(toks.get(k).lower());
      }
    }
    return false;
  }

  /** "the 2.4 million who did so", "19 percent said the same": a verb that stands for the one before. */
  private static boolean proVerbAfter(List<Token> toks, int last) {
    for (int k = last; k + 1 < toks.size() && k < last + 4; k++) {
      String w = toks.get(k).lower();
      String next = toks.get(k + 1).lower();
      if (PRO_VERBS.contains(w) && (next.equals("so") || next.equals("likewise")
          || next.equals("the") && k + 2 < toks.size() && toks.get(k + 2).lower().equals("same"))) {
        return true;
      }
      if (!toks.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Words between "of which" and the figure that make it one of the things counted: "of which was £114m". */
  private static final Set<String> PART_LINKS = Lexicon.load("measures/part-links.tsv").terms("part-links");

  private static final Set<String> PRO_VERBS = Lexicon.load("measures/pro-verbs.tsv").terms("pro-verbs");

  /**
   * "compared with", "compared to", "than", "below" or "above" before a definite figure ("higher than the
   * 26,501", "well below the 9,000 claimed"), "versus", "up on", "down from".
   */
  private static boolean comparedWith(List<Token> toks, int k) {
    String w = toks.get(k).lower();
    String prev = k > 0 ? toks.get(k - 1).lower() : "";
    if ((w.equals("with") || w.equals("to")) && prev.equals("compared")) {
      return true;
    }
    if (w.equals("than") || w.equals("below") || w.equals("above")) {
      // "higher than the 26,501", "fewer than the 61 reported by", never the qualifier "more than 5,000"
      return !prev.equals("rather") && k + 1 < toks.size() && toks.get(k + 1).lower().equals("the");
    }
    if ((w.equals("on") || w.equals("from")) && (prev.equals("up") || prev.equals("down"))) {
      return true;
    }
    return w.equals("versus") || w.equals("vs");
  }

  /** The nearest figure before, of the same unit, that says what it measures or, a count, what it counted. */
  private static Figure donor(Figure f, List<Figure> candidates, boolean anyUnit) {
    for (int j = candidates.size() - 1; j >= 0; j--) {
      Figure c = candidates.get(j);
      if ((anyUnit || Objects.equals(c.unit(), f.unit()))
          && (c.measure() != null || f.unit() == null && c.unit() == null && c.subject() != null)) {
        return c;
      }
    }
    return null;
  }
}
