package io.claimwire.enrich.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count named by its number, as the subject of the clause that gives it: "The number of people killed by the
 * earthquake has risen to 530", "the total of residents evacuated stood at 12,000". What the number counts is the
 * noun after "of", and what happened to them the participle after that noun: killed, people. The words of number are
 * {@code measures/totals.tsv}'s totals.
 */
final class NumberOf {
  /** "number of people killed": a total's noun, "of", one to three words, an event's participle. */
  private static final Pattern PHRASE = Pattern.compile("(?i)\\b(\\p{L}+)\\s+of\\s+((?:\\p{L}[\\p{L}'’-]*\\s+){0,2}?"
      + "\\p{L}[\\p{L}'’-]*)\\s+(\\p{L}+)\\b");
  private static final int REACH = 120;
  /** Words between the counted noun and its event that say how the count is known: "people confirmed dead". */
  private static final java.util.Set<String> HEDGES = Words.setOf("confirmed", "reported", "officially", "now",
      "feared", "believed", "known");
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(?:to be\\s+)?(\\p{L}+)");

  private NumberOf() {}

  /** Words that may name what is counted: no closed-class word ("of people in work", "of people were"). */
  private static boolean nounWords(String words) {
    for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (Tags.CLOSED.classOf(w) != null || Forecasts.BE.contains(w) || VerbMeasure.AUXILIARIES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  static void fill(String text, List<NumberMention> ms, List<Figure> figures) {
    if (!text.contains(" of ")) {
      return;
    }
    for (int i = 0; i < figures.size(); i++) {
      int at = ms.get(i).start();
      int from = i > 0 ? ms.get(i - 1).end() : Math.max(0, at - REACH);
      Matcher m = PHRASE.matcher(text).region(Math.max(from, at - REACH), at);
      Figure f = figures.get(i);
      while (m.find()) {
        if (!VerbMeasure.TOTALS_NOUN.test(m.group(1).toLowerCase(Locale.ROOT))) {
          continue;
        }
        String event = FigureExtractor.eventOf(m.group(3).toLowerCase(Locale.ROOT));
        if (event == null && HEDGES.contains(m.group(3).toLowerCase(Locale.ROOT))) {
          Matcher next = NEXT_WORD.matcher(text).region(m.end(3), at);
          event = next.lookingAt() ? FigureExtractor.eventOf(next.group(1).toLowerCase(Locale.ROOT)) : null;
        }
        if (event != null && nounWords(m.group(2))) {
          figures.set(i, f.withMeasureAndSubject(event, m.group(2)));
          break;
        }
      }
    }
  }
}
