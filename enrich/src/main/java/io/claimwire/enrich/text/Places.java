package io.claimwire.enrich.text;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries, states and regions a sentence names ({@code places.tsv}), for a figure whose sentence gives no place in
 * a phrase of its own ("Malaysia had registered 62,421 cases", "UK greenhouse gas emissions fell 2%"): the named place
 * nearest the figure. Also the place a list heading names ("Alaska" over its block of items).
 */
final class Places {
  private static final Pattern NAMES;

  static {
    List<String> names = Lexicon.entries("places.tsv").stream().map(e -> e[0])
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    StringBuilder alt = new StringBuilder();
    for (String n : names) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n));
    }
    NAMES = Pattern.compile("(?<![\\p{L}.-])(?:" + alt + ")(?![\\p{L}-])"); // "Washington-based" names no place
  }

  private Places() {}

  /** The named place nearest to [{@code start}, {@code end}) in the sentence, or null. */
  static String nearest(String sentence, int start, int end) {
    Matcher m = NAMES.matcher(sentence);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    while (m.find()) {
      if (actsElsewhere(sentence, m.end())) {
        continue; // "Russia captured 2,356 square kilometres": an actor, not the place
      }
      int d = m.end() <= start ? start - m.end() : m.start() >= end ? m.start() - end : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = m.group();
      }
    }
    return best;
  }

  private static final Pattern NEXT_VERB = Pattern.compile("^\\s+(?:(?:has|have|had|also|reportedly|then)\\s+)*(\\p{L}+)");

  /** True when the name is the subject of a verb whose subject acts elsewhere (measures.tsv, class outward). */
  private static boolean actsElsewhere(String sentence, int nameEnd) {
    Matcher v = NEXT_VERB.matcher(sentence.substring(nameEnd));
    return v.find() && StatisticMeasure.MEASURES.is(v.group(1), "outward");
  }

  /** The place a whole line names ("Alaska", "New York"), or null. */
  static String whole(String line) {
    Matcher m = NAMES.matcher(line.strip());
    return m.matches() ? m.group() : null;
  }
}
