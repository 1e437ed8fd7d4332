package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * A figure that a forecasting verb governs is a forecast, and its measure says so ("forecast", then what it
 * forecasts): the verb stands before it in its clause ("economists forecast an annual rise of 20.59 percent", "up
 * from the 2.1% it predicted") or follows it as a passive ("Revenues of £4.7bn were expected"). A figure compared with
 * a forecast ("better than expected", "as expected") is no forecast. Verbs are {@code measures.tsv} class forecast.
 */
final class Forecasts {
  private static final int REACH = 8;
  private static final Set<String> CLAUSE_ENDS = Words.setOf(",", ";", ":", ".", "(", ")", "“", "”", "\"", "—", "–",
      "while", "whereas", "but", "which", "who", "than", "as", "after", "because", "although", "though", "despite");
  static final Set<String> BE = Lexicon.load("measures/be.tsv").terms("be");
  private static final String FORECAST = "forecast";

  private Forecasts() {}

  static void mark(Tags tags, List<NumberMention> ms, List<Figure> figures) {
    List<Token> toks = tags.tokens();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      if (f.measure() != null && f.measure().contains(FORECAST)) { // "cut its sales forecast to 1.8 million"
        continue;
      }
      int first = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).start());
      int last = FigureExtractor.firstTokenAtOrAfter(toks, ms.get(i).end());
      if (governedBefore(toks, first) || passiveAfter(toks, last)) {
        String m = f.measure() == null || isForecastVerb(f.measure()) ? FORECAST : FORECAST + " " + f.measure();
        figures.set(i, f.withMeasureAndSubject(m, f.subject()));
      }
    }
  }

  /** A forecasting verb before the figure, in its clause: "forecast an average annual rise of". */
  private static boolean governedBefore(List<Token> toks, int first) {
    for (int k = first - 1; k >= 0 && k >= first - REACH; k--) {
      String w = toks.get(k).lower();
      if (CLAUSE_ENDS.contains(w)) {
        return false;
      }
      if (isForecastVerb(w) && !(k > 0 && toks.get(k - 1).lower().equals("than")) && !thingNamed(toks, k)) {
        return !(k > 0 && toks.get(k - 1).lower().equals("as"));
      }
    }
    return false;
  }

  /** "Revenues of £4.7bn to £4.83bn were expected": a passive forecasting verb right after the figure's phrase. */
  private static boolean passiveAfter(List<Token> toks, int last) {
    for (int k = last; k + 1 < toks.size() && k < last + 4; k++) {
      String w = toks.get(k).lower();
      if (BE.contains(w)) {
        return isForecastVerb(toks.get(k + 1).lower());
      }
      if (CLAUSE_ENDS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "The project cost $3.5m", "its projects": a verb form that is also a noun, after an article or a possessive, names
   * a thing; "the forecast rise", "the expected 3%" still forecast.
   */
  private static boolean thingNamed(List<Token> toks, int k) {
    String w = toks.get(k).lower();
    if (k == 0 || w.startsWith(FORECAST) || w.endsWith("ed") || !Lemmas.isNoun(w)) {
      return false;
    }
    String before = toks.get(k - 1).lower();
    return Tags.CLOSED.is(before, "determiner") || SourceNames.isPossessive(before)
        || before.equals("its") || before.equals("their");
  }

  private static boolean isForecastVerb(String w) {
    return StatisticMeasure.MEASURES.is(w, FORECAST);
  }
}
