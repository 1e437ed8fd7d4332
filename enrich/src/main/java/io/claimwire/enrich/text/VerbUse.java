package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * Uses of a reporting verb's form in which it reports nothing of anyone's: after a determiner it is a word of the
 * figure ("spends an estimated £7.4bn", "its reported 300 staff"); after a form of "be" it is a passive, whose agent
 * only "by" names ("the damage was estimated at $2bn"); a forecasting participle before "to" with no auxiliary is a
 * reduced passive ("Sales expected to top $2bn"; "analysts had expected to" still speaks). And two uses in which a
 * form that is also a noun is the verb: before a noun, "of" and a figure ("the board forecast production of 10.6
 * million tonnes"), and after a perfect auxiliary ("the analysts had forecast").
 */
final class VerbUse {
  private VerbUse() {}

  /** Words before a noun phrase: a verb form after one is an adjective of the phrase ("an estimated 300"). */
  static final Set<String> DETERMINERS = Words.setOf("a", "an", "the", "its", "their", "his", "her", "our", "this",
      "that", "these", "those");

  /** Whether the reporting verb's form at token {@code vi} names no speaker, as the class says. */
  static boolean namesNoSpeaker(List<Token> toks, int vi) {
    String before = vi > 0 ? toks.get(vi - 1).lower() : null;
    String after = vi + 1 < toks.size() ? toks.get(vi + 1).lower() : null;
    if (before != null && DETERMINERS.contains(before)) {
      return true;
    }
    if (before != null && Forecasts.BE.contains(before) && !"by".equals(after)) {
      return true;
    }
    String w = toks.get(vi).lower();
    return "to".equals(after) && w.endsWith("ed") && StatisticMeasure.MEASURES.is(w, "forecast")
        && (before == null || !VerbCues.SKIP_BEFORE_VERB.contains(before));
  }

  /**
   * "The board forecast production of 10.6 million tonnes", "Analysts estimate losses of about £2bn": after a noun
   * that is no possessive, a verb-or-noun form with a noun and "of" and a figure after it is the verb.
   */
  static boolean objectOfAmount(List<Token> toks, int vi) {
    if (vi < 1 || vi + 3 >= toks.size() || !toks.get(vi - 1).isWord() || SourceNames.isPossessive(toks.get(vi - 1).lower())
        || Tags.CLOSED.classOf(toks.get(vi - 1).lower()) != null || toks.get(vi + 1).isCapitalised()
        || !toks.get(vi + 1).isWord() || !toks.get(vi + 2).lower().equals("of")) {
      return false;
    }
    int k = vi + 3;
    while (k < toks.size() && Qualifiers.isQualifierWord(toks.get(k).lower()) && k < vi + 6) {
      k++;
    }
    return k < toks.size() && VerbCues.startsFigure(toks, k);
  }

  /** "the 45,000 analysts had forecast": a verb-or-noun form after had/has/have, with a lowercase word before, is the verb. */
  static boolean afterPerfect(List<Token> toks, int vi) {
    return vi > 1 && Set.of("had", "has", "have").contains(toks.get(vi - 1).lower()) && toks.get(vi - 2).isWord()
        && !toks.get(vi - 2).isCapitalised() && !Tags.CLOSED.is(toks.get(vi - 2).lower(), "determiner");
  }
}
