package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * The noun phrases a {@link Holder} reads before a verb or a preposition: one "of", "in", "on" phrase after the
 * head ("the price of U.S. crude oil", "spending on pensions"), a name with "of" inside ("the Bank of Japan"), and
 * past a reduced relative with its agent or place ("crimes reported to police").
 */
final class HolderPhrases {
  private HolderPhrases() {}

  /**
   * Prepositions a noun phrase may hold once, after its head: "the price of oil", "passenger numbers at the
   * airport", "spending on pensions", "demand for oil", "families across the country".
   */
  private static final Set<String> INSIDE_PHRASE = Words.setOf("of", "in", "from", "at", "on", "for", "across");
  /** Articles that may follow such a preposition inside the phrase: "passenger numbers at the airport". */
  private static final Set<String> ARTICLES = Words.setOf("the", "a", "an");

  /** The noun phrase ending at {@code end}, with one "of" phrase: "the price of U.S. crude oil". */
  static String before(Tags tags, int end) {
    List<Token> toks = tags.tokens();
    if (end > 0 && toks.get(end).lower().equals(")")) {
      end--; // "Pakistan Peoples Party (PPP) with 43 seats": the name in brackets
    }
    int j = end;
    boolean noun = false;
    boolean of = false;
    while (j >= 0 && end - j < 7) {
      Token t = toks.get(j);
      boolean inside = tags.is(j, "NOUN") || tags.is(j, "PROPN") || tags.is(j, "ADJ")
          || tags.is(j, "NUM") && (t.isCapitalised() || j > 0 && tags.is(j - 1, "PROPN")) // "the S&P 500"
          || j == end && tags.is(j, "VERB") && t.lower().endsWith("s") && j > 0 && !tags.is(j - 1, "PRON")
          || t.lower().equals("&") || t.lower().equals("-")
          || of && j + 1 < toks.size() && INSIDE_PHRASE.contains(toks.get(j + 1).lower()) && t.lower().endsWith("ing")
          && tags.is(j, "VERB") && Lemmas.isNoun(t.lower()) // a gerund as the head: "spending on pensions", not
          // "resulting in"
          || noun && tags.at(j).endsWith("+PART") // a possessive before the head: "the city's airport"
          || ARTICLES.contains(t.lower()) && !of && noun && j > 0 && INSIDE_PHRASE.contains(toks.get(j - 1).lower())
          || INSIDE_PHRASE.contains(t.lower()) && !of && noun && j > 0 && !tags.is(j - 1, "DET")
          && (!tags.is(j - 1, "PROPN") || commonAtStart(toks, j - 1)) // "the price of crude oil", "annual inflation in
          // Turkey", "arrivals from China", "Renters in the city"
          || t.lower().equals("of") && !of && noun && j > 0 && tags.is(j - 1, "PROPN") && toks.get(j - 1).isCapitalised()
          && toks.get(j + 1).isCapitalised(); // a name with "of" inside: "the Bank of Japan", "the Ministry of Health"
      if (!inside || Holder.WORDS.is(t.lower(), "time") || j < end && reportingVerbAt(tags, j)) {
        break;
      }
      of |= INSIDE_PHRASE.contains(t.lower());
      noun |= tags.is(j, "NOUN") || tags.is(j, "PROPN") || tags.is(j, "VERB");
      j--;
    }
    if (!noun || j == end) {
      return null;
    }
    int from = j + 1;
    while (from <= end && (INSIDE_PHRASE.contains(toks.get(from).lower()) || tags.is(from, "DET"))) {
      from++;
    }
    if (from > end || tags.is(end, "PRON")) {
      return null;
    }
    return tags.text().substring(toks.get(from).start(), toks.get(end).end());
  }

  /**
   * A reporting verb inside what would be a noun phrase: "The board forecast production of", where no article or
   * possessive makes it the noun ("the forecast growth", "the bank's forecast growth").
   */
  private static boolean reportingVerbAt(Tags tags, int j) {
    List<Token> toks = tags.tokens();
    if (!Attributor.REPORTING.is(toks.get(j).lower(), "verb") || j == 0) {
      return false;
    }
    String before = toks.get(j - 1).lower();
    return !tags.is(j - 1, "DET") && !SourceNames.isPossessive(before) && !tags.at(j - 1).endsWith("+PART");
  }

  /** A capitalised first word of the sentence that the dictionary holds as a noun: "Renters", "Workers". */
  private static boolean commonAtStart(List<Token> toks, int k) {
    return k == 0 && Lemmas.isNoun(toks.get(k).lower());
  }

  /**
   * Where a subject ends before a reduced relative and its agent or place ("measures favoured by the bank averaged",
   * "crimes reported to police fell", "cars sold in China rose"), or end.
   */
  static int pastAgent(Tags tags, int end) {
    List<Token> toks = tags.tokens();
    int j = end;
    while (j > 0 && end - j < 5 && (tags.is(j, "NOUN") || tags.is(j, "PROPN") || tags.is(j, "ADJ") || tags.is(j, "DET"))) {
      j--;
    }
    boolean agent = j >= 2 && (tags.is(j, "ADP") || toks.get(j).lower().equals("to")) && !toks.get(j).lower().equals("of")
        && (toks.get(j - 1).lower().endsWith("ed") || VerbMeasure.isIrregularParticiple(toks.get(j - 1).lower()))
        && (tags.is(j - 1, "VERB") || tags.is(j - 1, "ADJ")) && toks.get(j - 2).isWord();
    return agent && (tags.is(j - 2, "NOUN") || tags.is(j - 2, "PROPN")) ? j - 2 : end;
  }
}
