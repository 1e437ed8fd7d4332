package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * How far the verbs around a figure reach it, for {@link VerbMeasure}: a figure in a prepositional phrase after its
 * clause's verb is no subject of a verb coordinated after it ("scored 19 goals in 41 appearances and has signed"); a
 * reporting verb before a figure that opens a clause of its own only reports it ("he added 40 people were hurt"); a
 * verb of price or pay right before an amount measures it ("earns £300,000 a week"); a verb in "-ing" after a plural
 * "be" says what a count was doing ("were sheltering").
 */
final class VerbReach {
  private VerbReach() {}

  /** Prepositions after which a figure stands in a phrase of its own ({@code measures/phrase-prepositions.tsv}). */
  private static final Set<String> PHRASE_PREPOSITIONS = Lexicon.load("measures/phrase-prepositions.tsv").terms("phrase");
  /** Words after a preposition that make it part of a qualifier: "at least", "at most", "in excess of". */
  private static final Set<String> QUALIFYING = Words.setOf("least", "most", "excess");
  /** Forms of "be" before a verb in "-ing" that says what a count was doing; a count is plural ("is astounding"). */
  private static final Set<String> PROGRESSIVE = Words.setOf("are", "were", "been");
  /** Verbs of price and pay, by every form ({@code measures/price-verbs.tsv}). */
  private static final Lexicon PRICES = Lexicon.loadInflected("measures/price-verbs.tsv");

  /**
   * Whether the figure stands in a prepositional phrase after a verb of its clause ("in 41 appearances", "from 300
   * homes"), past its qualifier: such a phrase is no subject of the verbs after it.
   */
  static boolean afterPreposition(Tags tags, NumberMention n) {
    List<Token> toks = tags.tokens();
    int k = prepositionBefore(toks, FigureExtractor.firstTokenAtOrAfter(toks, n.start()));
    if (k < 1) {
      return false;
    }
    for (int v = k - 1; v >= 0 && (toks.get(v).isWord() || Character.isDigit(toks.get(v).text().charAt(0))); v--) {
      if (tags.is(v, "VERB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token of a phrase's preposition right before the figure at token {@code first}, past its qualifier ("in more
   * than 40"), or -1; "at least" is a qualifier, no preposition.
   */
  private static int prepositionBefore(List<Token> toks, int first) {
    int k = first - 1;
    while (k >= 0 && !isPreposition(toks, k)
        && (Qualifiers.isQualifierWord(toks.get(k).lower()) || Qualifiers.isInQualifier(toks.get(k).lower()))) {
      k--;
    }
    return k >= 0 && isPreposition(toks, k) ? k : -1;
  }

  private static boolean isPreposition(List<Token> toks, int k) {
    return PHRASE_PREPOSITIONS.contains(toks.get(k).lower()) && !QUALIFYING.contains(toks.get(k + 1).lower());
  }

  /**
   * Where an aside that holds the figure and opens with a participle or a relative pronoun ends ("Leo Marr, signed for
   * a club-record £28m in January, has scored": the comma after January; "The attackers, who arrived on about 30
   * motorcycles, also killed"), or the sentence's end: the verb after the aside is the main clause's, whose subject
   * stands before it.
   */
  static int participleAsideEnd(Tags tags, NumberMention n) {
    List<Token> toks = tags.tokens();
    int first = FigureExtractor.firstTokenAtOrAfter(toks, n.start());
    for (int k = first - 1; k > 0 && first - k <= ASIDE_REACH; k--) {
      if (toks.get(k).lower().equals(",")) {
        boolean opens = k + 1 < first && toks.get(k - 1).isWord()
            && ((toks.get(k + 1).lower().endsWith("ed") || VerbMeasure.isIrregularParticiple(toks.get(k + 1).lower()))
            && tags.is(k + 1, "VERB") || RELATIVES.contains(toks.get(k + 1).lower()));
        return opens ? commaAfter(tags, first) : tags.text().length();
      }
      if (!toks.get(k).isWord() && !Character.isDigit(toks.get(k).text().charAt(0)) && Character.getType(toks.get(k).text().charAt(0)) != Character.CURRENCY_SYMBOL) {
        break;
      }
    }
    return tags.text().length();
  }

  /**
   * Where an aside that opens right after the figure's subject closes, past its comma ("More than 900 firefighters,
   * backed by eleven aircraft, were battling": the clause goes on at "were"), or -1. It opens with a participle, a
   * relative pronoun or a word of inclusion ({@code including}, {@code among}).
   */
  static int pastAsideOfSubject(Tags tags, int subjectEnd) {
    List<Token> toks = tags.tokens();
    int k = FigureExtractor.firstTokenAtOrAfter(toks, subjectEnd);
    if (k + 2 >= toks.size() || !toks.get(k).text().equals(",")) {
      return -1;
    }
    String w = toks.get(k + 1).lower();
    boolean opens = RELATIVES.contains(w) || INCLUSIONS.contains(w) || (w.endsWith("ed")
        || VerbMeasure.isIrregularParticiple(w)) && tags.is(k + 1, "VERB");
    for (int j = k + 2; opens && j < toks.size() && j - k <= ASIDE_LENGTH; j++) {
      String t = toks.get(j).text();
      if (t.equals(",") && !Speakers.isDigitGroupComma(toks, j)) {
        return toks.get(j).end();
      }
      if (t.equals(".") || t.equals(";") || t.equals(":")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * {@code clauseEnd} when it is at or after {@code from}, else where the first figure (a token that opens with a
   * digit) after {@code from} starts, or the sentence's end.
   */
  static int nextFigureAfter(Tags tags, int from, int clauseEnd) {
    if (clauseEnd >= from) {
      return clauseEnd;
    }
    List<Token> toks = tags.tokens();
    for (int k = FigureExtractor.firstTokenAtOrAfter(toks, from); k < toks.size(); k++) {
      if (Character.isDigit(toks.get(k).text().charAt(0))) {
        return toks.get(k).start();
      }
    }
    return tags.text().length();
  }

  private static final Set<String> ATTRIBUTIVE_AFTER = Words.setOf("for", "of", "with", "to", "among");

  /**
   * Whether a participle after this word describes the noun after it ("camps for displaced people", "escaped from
   * the ship's damaged tanks") rather than says what happened ("of the evacuated were pensioners" is a group).
   */
  static boolean attributive(String previous) {
    return ATTRIBUTIVE_AFTER.contains(previous) || previous.endsWith("'s") || previous.endsWith("’s");
  }

  /** Words that open an aside naming some of a count's members ("27 miners, including three foreigners, were"). */
  private static final Set<String> INCLUSIONS = Words.setOf("including", "among", "excluding", "mostly", "most");
  /** How many tokens an aside after a subject may hold. */
  private static final int ASIDE_LENGTH = 14;

  /** Relative pronouns that open an aside about the noun before the comma ("The attackers, who arrived on 30 ..."). */
  private static final Set<String> RELATIVES = Words.setOf("who", "which", "whose");

  /** How many tokens before the figure an aside's opening comma may stand. */
  private static final int ASIDE_REACH = 8;

  private static int commaAfter(Tags tags, int first) {
    List<Token> toks = tags.tokens();
    for (int k = first; k < toks.size(); k++) {
      if (toks.get(k).lower().equals(",")) {
        return toks.get(k).start();
      }
    }
    return tags.text().length();
  }

  private static final Set<String> COORDINATORS = Words.setOf("and", "but", "or", "nor");

  /** Where the first coordinating conjunction at or after {@code from} starts, or the sentence's end. */
  static int coordinatorAfter(Tags tags, int from) {
    List<Token> toks = tags.tokens();
    for (int k = FigureExtractor.firstTokenAtOrAfter(toks, from); k < toks.size(); k++) {
      if (COORDINATORS.contains(toks.get(k).lower())) {
        return toks.get(k).start();
      }
    }
    return tags.text().length();
  }

  /** Whether a verb or an auxiliary follows what the figure counted, which ends at {@code subjectEnd}. */
  static boolean clauseOfItsOwn(Tags tags, int subjectEnd) {
    int k = FigureExtractor.firstTokenAtOrAfter(tags.tokens(), subjectEnd);
    return k < tags.tokens().size() && (tags.is(k, "AUX") || tags.is(k, "VERB"));
  }

  /**
   * Whether token {@code i} is a verb of price or pay with only qualifier words (or {@code skip} words) between it and
   * the figure: "earns £300,000", "fetched $4m"; "cost" is a quantity noun of {@code measures.tsv} and read there.
   */
  static boolean priceVerb(List<Token> toks, int i, NumberMention n, Set<String> skip) {
    String w = toks.get(i).lower();
    if (!PRICES.is(w, "price") || StatisticMeasure.MEASURES.classOf(w) != null || toks.get(i).isCapitalised()) {
      return false;
    }
    for (int j = i + 1; j < toks.size() && toks.get(j).start() < n.start(); j++) {
      String between = toks.get(j).lower();
      if (!Qualifiers.isQualifierWord(between) && !Qualifiers.isInQualifier(between) && !skip.contains(between)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code w}, right after what a count counted, is a past tense that tells what it did ("200 trees fell",
   * "300 workers went home"): not an auxiliary, nor a verb that reports or carries nothing ({@code measures.tsv}).
   */
  static boolean pastEvent(String w) {
    return Lemmas.isPastTense(w) && Tags.CLOSED.classOf(w) == null && !StatisticMeasure.MEASURES.is(w, "light")
        && !StatisticMeasure.MEASURES.is(w, "report") && !Attributor.REPORTING.is(w, "verb");
  }

  /** Whether {@code w} is a verb in "-ing" right after a plural "be" ({@code before}): "were sheltering". */
  static boolean doing(String before, String w) {
    return w.endsWith("ing") && w.length() > 5 && PROGRESSIVE.contains(before)
        && Lemmas.isVerb(w.substring(0, w.length() - 3));
  }
}
