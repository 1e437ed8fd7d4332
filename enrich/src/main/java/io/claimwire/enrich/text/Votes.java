package io.claimwire.enrich.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A vote's tally: two whole numbers joined by a dash or "to" after a word of voting ("approved the budget 10-1",
 * "passed 312-110", "by a vote of 218 to 210") or before one ("a 6-3 ruling"). The first counts those for, the
 * second those against ({@code numbers/vote-words.tsv}, {@code numbers/tally-nouns.tsv}); neither is a score or a range.
 */
final class Votes {
  private Votes() {}

  /** The voting word before the tally, within its clause and at most six words back. */
  private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:" + String.join("|",
      Lexicon.load("numbers/vote-words.tsv").termsOf("before")) + ")\\b(?:\\s+[^\\s.;:!?]+){0,6}?\\s*$");
  private static final Pattern AFTER = Pattern.compile("(?i)^[\\s-]*(?:" + String.join("|",
      Lexicon.load("numbers/tally-nouns.tsv").termsOf("tally")) + ")\\b");
  private static final Pattern VOTE_OF = Pattern.compile("\\bvotes?\\s+of\\s*$");
  /** Words between the tally's two numbers: a dash or "to". */
  private static final Pattern BETWEEN = Pattern.compile("\\s*[-–—]\\s*|\\s+to\\s+");
  /** The most votes a tally counts on one side: a parliament's, not a population's. */
  private static final int MOST = 5_000;

  /** Whether {@code a} and {@code b}, joined by a dash or "to", are a vote's tally for and against. */
  static boolean isTally(String s, NumberMention a, NumberMention b) {
    if (a.unit() != null || b.unit() != null || a.vague() || b.vague() || !whole(a) || !whole(b)
        || Math.max(a.value(), b.value()) > MOST || !BETWEEN.matcher(s.substring(a.end(), b.start())).matches()) {
      return false;
    }
    String before = s.substring(Math.max(0, a.start() - 60), a.start()).toLowerCase(Locale.ROOT);
    if (VOTE_OF.matcher(before).find()) {
      return true; // "by a vote of 120 to 131": a tally however it went
    }
    return a.value() >= b.value() && (BEFORE.matcher(before).find() || AFTER.matcher(s.substring(b.end())).find());
  }

  private static boolean whole(NumberMention n) {
    return n.value() == Math.rint(n.value()) && !n.isRange();
  }

  /** The measures of a tally's two figures, for and against, as the claim names them. */
  static final String FOR = "votes in favour";
  static final String AGAINST = "votes against";

  /** Names what each figure of a tally counts: the first votes in favour, the second votes against. */
  static void fill(String text, List<NumberMention> ms, List<Figure> figures) {
    for (int i = 0; i + 1 < figures.size(); i++) {
      if (isTally(text, ms.get(i), ms.get(i + 1))) {
        figures.set(i, figures.get(i).withMeasureAndSubject(FOR, figures.get(i).subject()));
        String body = figures.get(i + 1).subject() != null ? figures.get(i + 1).subject() : figures.get(i).subject();
        figures.set(i + 1, figures.get(i + 1).withMeasureAndSubject(AGAINST, body)); // the body that voted, both
        i++;
      }
    }
  }
}
