package io.claimwire.enrich.text;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A figure given for "the figure", "that number", "the total" answers the question of the figure told just before it:
 * "Opposition councillors said 140 jobs would be lost. Council leader Rita Moss said the figure was closer to 60"
 * (jobs, lost); "the union, which put the figure at 3,500". It takes the measure and what was counted of the nearest
 * figure before it of the same unit, in its sentence or the ones before. The nouns are {@code
 * measures/anaphoric-nouns.tsv}.
 */
final class FigureAnaphora {
  private static final Set<String> NOUNS = Lexicon.load("measures/anaphoric-nouns.tsv").terms("anaphoric");
  /** Anaphoric nouns that say of what they count ({@code measures/anaphoric-events.tsv}): "the toll" is the dead. */
  private static final Lexicon EVENTS = Lexicon.load("measures/anaphoric-events.tsv");
  private static final Set<String> DETERMINERS = Words.setOf("the", "that", "this", "its", "their");
  /** Tokens between the noun and its figure, at most: "the figure was closer to 60", "put the figure at 3,500". */
  private static final int REACH = 6;

  private FigureAnaphora() {}

  /** Counts named by a noun: first by their number ({@link NumberOf}), then for "the figure" and its kin. */
  static void fill(Tags tags, List<NumberMention> ms, List<Figure> figures, List<Figure> before) {
    NumberOf.fill(tags.text(), ms, figures); // "The number of people killed ... has risen to 530": killed, people
    List<Token> toks = tags.tokens();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.measure() != null && !(f.change() == null && (anaphoric(f.subject()) || anaphoric(f.measure())
          || VerbMeasure.isEstimateVerb(f.measure()) || VerbMeasure.isNotMeasure(f.measure())))) {
        continue; // a figure that measures something of its own; "puts the figure closer to 300" measures only the figure;
        // "the figure has risen above 20m" is a change of a figure this article may not have given
      }
      int first = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).start());
      int from = i > 0 ? FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i - 1).end()) : 0;
      int noun = namedBefore(tags, first, from);
      if (noun < 0) {
        continue;
      }
      String event = EVENTS.classOf(toks.get(noun).lower()); // "the real toll": of the dead, whatever came last
      Figure donor = nearest(figures.subList(0, i), f, event);
      donor = donor != null ? donor : nearest(before, f, event);
      String own = VerbMeasure.isEstimateVerb(f.measure()) || VerbMeasure.isNotMeasure(f.measure()) ? null
          : f.measure(); // "put", "exceed" measure nothing
      if (donor != null) { // "found 9 outbreaks, bringing the total to 31": what was counted, when nothing measured it
        figures.set(i, f.withMeasureAndSubject(donor.measure() != null ? donor.measure() : own, donor.subject()));
      } else if (own == null && f.measure() != null) { // "The union put the figure at 3,500", with nothing before
        figures.set(i, f.withMeasureAndSubject(null, anaphoric(f.subject()) ? null : f.subject()));
      }
    }
  }

  /** Whether a phrase ends in an anaphoric noun ("the figure", "the total": measure "total"). */
  private static boolean anaphoric(String phrase) {
    return phrase != null && NOUNS.contains(Words.lastLetters(phrase).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The index of "the figure" (a determiner and an anaphoric noun) within a few tokens before the figure, after
   * {@code from}, or -1.
   */
  private static int namedBefore(Tags tags, int first, int from) {
    List<Token> toks = tags.tokens();
    for (int k = first - 1; k >= Math.max(from + 1, first - REACH); k--) {
      if (NOUNS.contains(toks.get(k).lower()) && (determinedAt(tags, k) || ownersOf(toks, k))) {
        return k;
      }
      if (!toks.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /** "the health ministry's count of 12": an owner's noun right before "of" and the figure restates the question. */
  private static boolean ownersOf(List<Token> toks, int k) {
    return k > 0 && k + 1 < toks.size() && toks.get(k + 1).lower().equals("of")
        && SourceNames.isPossessive(toks.get(k - 1).lower());
  }

  /**
   * A determiner before the noun at {@code k}, with at most two adjectives between ("the national total"); not a
   * noun or a possessive, which make the noun name its own measure ("the president's approval number").
   */
  private static boolean determinedAt(Tags tags, int k) {
    List<Token> toks = tags.tokens();
    for (int d = k - 1; d >= 0 && d >= k - 3; d--) {
      Token t = toks.get(d);
      if (DETERMINERS.contains(t.lower())) {
        return true;
      }
      if (!t.isWord() || t.isCapitalised() || !tags.is(d, "ADJ") || SourceNames.isPossessive(t.lower())) {
        return false;
      }
    }
    return false;
  }

  /** How far apart (as a ratio) a figure and the one "the figure" restates may be: an estimate of the same order. */
  private static final double SAME_ORDER = 3;

  /**
   * The last figure of {@code figures} of the same unit with a measure or, with no unit, a thing counted; of those,
   * the last of the same order of size when there is one ("2.1 million waiting ... 88,000 for over a year ... the true
   * figure was closer to 2.5 million": the 2.1 million).
   */
  private static Figure nearest(List<Figure> figures, Figure f, String event) {
    Figure any = null;
    for (int k = figures.size() - 1; k >= 0; k--) {
      Figure d = figures.get(k);
      if ((d.measure() != null || d.unit() == null && d.subject() != null) && Objects.equals(d.unit(), f.unit())
          && (event == null || event.equals(d.measure()))) {
        if (sameOrder(d.value(), f.value())) {
          return d;
        }
        any = any != null ? any : d;
      }
    }
    return any;
  }

  private static boolean sameOrder(double a, double b) {
    return a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= SAME_ORDER;
  }
}
