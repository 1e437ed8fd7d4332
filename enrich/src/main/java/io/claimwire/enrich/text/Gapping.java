package io.claimwire.enrich.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A change told once for several things, its verb left out after the first ("Exports fell 5% and imports 3%",
 * "Nigerian applications fell by 46% and Indian applications by 20%", "Wheat rose 2% to $6.10 and corn 1.5% to
 * $4.20"): the figure after "and" and a bare noun phrase is the same change, of that phrase; a level after its "to"
 * is that phrase's level.
 */
final class Gapping {
  /** What may open the gapped clause: a comma or a word that joins clauses ({@code measures/clause-joins.tsv}). */
  private static final Set<String> JOINS = joins();
  private static final Set<String> NOUN_PHRASE = Words.setOf("NOUN", "PROPN", "ADJ", "DET");
  /** Words of the gapped clause's noun phrase, at most. */
  private static final int PHRASE = 4;

  private Gapping() {}

  private static Set<String> joins() {
    Set<String> j = new java.util.HashSet<>(VerbMeasure.CLAUSE_JOINS);
    j.add(",");
    return Words.setCopyOf(j);
  }

  static void fill(Tags tags, List<NumberMention> ms, List<Figure> figures) {
    for (int i = 1; i < figures.size(); i++) {
      Figure f = figures.get(i);
      int d = i - 1; // the change told first, past the level it reached ("rose 2% to $6.10 and corn 1.5%")
      if (figures.get(d).change() == null && d >= 1 && toBetween(tags, ms.get(d - 1), ms.get(d))) {
        d--;
      }
      Figure before = figures.get(d);
      if (f.change() != null || before.change() == null) {
        continue;
      }
      String phrase = gappedPhrase(tags, ms.get(i - 1).end(), ms.get(i).start());
      if (phrase == null) {
        continue;
      }
      Figure changed = f.withChange(before.change()).withMeasureOf(before).withSubject(phrase);
      figures.set(i, changed);
      if (i + 1 < figures.size() && figures.get(i + 1).change() == null && toBetween(tags, ms.get(i), ms.get(i + 1))) {
        Figure level = figures.get(i + 1); // "corn 1.5% to $4.20": the level the gapped change reached
        figures.set(i + 1, level.withMeasureAndSubject(phrase.toLowerCase(Locale.ROOT), phrase));
      }
    }
  }

  /**
   * The noun phrase between a join word after the figure before ({@code from}) and the figure ({@code to}), with an
   * optional "by" before the figure; null when anything else stands there (a verb, another figure).
   */
  private static String gappedPhrase(Tags tags, int from, int to) {
    List<Token> toks = tags.tokens();
    int k = FigureExtractor.firstTokenAtOrAfter(toks, from);
    while (k < toks.size() && toks.get(k).start() < to && !JOINS.contains(toks.get(k).lower())) {
      k++; // past the figure's own unit or level ("to $6.10") up to the join
    }
    if (k >= toks.size() || toks.get(k).start() >= to) {
      return null;
    }
    while (k < toks.size() && JOINS.contains(toks.get(k).lower())) {
      k++;
    }
    int end = FigureExtractor.firstTokenAtOrAfter(toks, to);
    if (end > k && toks.get(end - 1).lower().equals("by")) {
      end--;
    }
    if (end <= k || end - k > PHRASE) {
      return null;
    }
    boolean noun = false;
    for (int j = k; j < end; j++) {
      if (!NOUN_PHRASE.contains(tags.at(j)) && !(j == end - 1 && QuantityNouns.isQuantity(toks.get(j).lower()))) {
        return null; // "and imports 3%": a quantity noun the tagger takes for a verb
      }
      noun |= !tags.is(j, "ADJ") && !tags.is(j, "DET") || QuantityNouns.isQuantity(toks.get(j).lower());
    }
    return noun ? tags.text().substring(toks.get(k).start(), toks.get(end - 1).end()) : null;
  }

  private static boolean toBetween(Tags tags, NumberMention a, NumberMention b) {
    return tags.text().substring(a.end(), b.start()).strip().equalsIgnoreCase("to");
  }
}
