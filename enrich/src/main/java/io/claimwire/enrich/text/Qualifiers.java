package io.claimwire.enrich.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The qualifier a figure carries from the words right before it ("at least", "nearly", "up to"), from the phrases of
 * {@code figures/qualifiers.tsv} in file order.
 */
final class Qualifiers {
  private Qualifiers() {}

  private static final Map<String, Qualifier> QUALIFIERS = load();

  private static Map<String, Qualifier> load() {
    Map<String, Qualifier> m = new LinkedHashMap<>();
    for (String[] e : Lexicon.entries("figures/qualifiers.tsv")) {
      if (m.put(e[0], Qualifier.valueOf(e[1])) != null) {
        throw new IllegalStateException("figures/qualifiers.tsv: '" + e[0] + "' is listed twice");
      }
    }
    return m;
  }

  /** Every word of every qualifier phrase ("at", "least", "close", "to"). */
  private static final java.util.Set<String> QUALIFIER_WORDS = Words.setCopyOf(QUALIFIERS.keySet().stream()
      .flatMap(q -> java.util.Arrays.stream(Words.of(q))).toList());

  /** Whether a word is a word of some qualifier phrase ("close" of "close to"). */
  static boolean isInQualifier(String word) {
    return QUALIFIER_WORDS.contains(word);
  }

  /** Whether a word is one of a qualifier ("at least", "about"). */
  static boolean isQualifierWord(String word) {
    return QUALIFIERS.containsKey(word);
  }

  /** The qualifier that the words before {@code start} give the figure there; EXACT when none does. */
  static Qualifier before(String text, int start) {
    String before = Gate.WHITESPACE.matcher(text.substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT)).replaceAll(" ").stripTrailing();
    boolean article = false;
    if (before.endsWith(" a") || before.endsWith(" an") || before.equals("a") || before.equals("an")) {
      before = before.substring(0, before.lastIndexOf('a')).stripTrailing(); // "an estimated", "a minimum of a"
      article = true;
    }
    if (article && PREPOSITION_QUALIFIER.matcher(before).find()) {
      return Qualifier.EXACT; // "talks over a 7% pay rise": a preposition before an article qualifies nothing
    }
    for (Map.Entry<String, Qualifier> e : QUALIFIERS.entrySet()) {
      String q = e.getKey();
      if (before.endsWith(q) && (before.length() == q.length() || !Character.isLetterOrDigit(before.charAt(before.length() - q.length() - 1)))) {
        if (e.getValue() == Qualifier.UP_TO && MOVED_UP.matcher(before).find()) {
          return Qualifier.EXACT; // "ticked up to 5.1%": the level reached, not a ceiling
        }
        if (ADJECTIVE_PAST.matcher(before).find()) {
          return Qualifier.EXACT; // "in the past 24 hours": a time, no figure passed
        }
        return e.getValue();
      }
    }
    return Qualifier.EXACT;
  }

  /** "past" after a determiner is an adjective of time ("the past 24 hours"), not "climbed past 2,000". */
  private static final Pattern ADJECTIVE_PAST = Pattern.compile("(?:^|\\s)(?:the|this|these|last|its)\\s+past$");

  private static final Pattern PREPOSITION_QUALIFIER = Pattern.compile("(?:^|\\s)(?:over|above|under|below)$");

  /** A verb whose particle is the "up" of "up to": "edged up to", "went up to", "was revised up to". */
  private static final Pattern MOVED_UP = Pattern.compile("\\b(?:(?:edg|tick|jump|climb|revis|push|ramp|bump|drift|nudg"
      + "|shift|trend)\\w*|inch(?:ed|ing)|mov(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|crept|creep(?:s|ing)?|went|go(?:es|ing|ne)?|shot"
      + "|shoot(?:s|ing)?|mark(?:ed|s|ing)?|pick(?:ed|s|ing)?|step(?:ped|s|ping)?|head(?:ed|s|ing)?)\\s+up to$");
}
