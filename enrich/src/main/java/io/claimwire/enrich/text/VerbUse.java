package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * Uses of a reporting verb's form in which it reports nothing of anyone's: after a determiner it is a word of the
 * figure ("spends an estimated £7.4bn", "its reported 300 staff"); after a form of "be" it is a passive, whose agent
 * only "by" names ("the damage was estimated at $2bn"); a forecasting participle before "to" with no auxiliary is a
 * reduced passive ("Sales expected to top $2bn"; "analysts had expected to" still speaks).
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
}
