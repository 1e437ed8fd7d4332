package io.claimwire.enrich.text;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture told by its shape, for {@link TextCleaner}: a widget line of short segments each of which is
 * furniture ("By Jane Smith | 4 min read | Updated 2 hours ago", "Share 245 | Comments 38"), a relative time
 * ("Updated 2 hours ago"), a gallery or page counter ("Image 3 of 12", "Page 1/3"), an advertisement (a buying
 * prompt with a price or a percentage: "Get 50% off", "Subscribe now for just $1.99"), and a numbered list of other
 * stories (three or more lines numbered 1, 2, 3... none of which ends a sentence).
 */
final class PageFurniture {
  private PageFurniture() {}

  /** Separators between the parts of a widget line. */
  private static final Pattern SEPARATORS = Pattern.compile("\\s+[|·•]\\s+|\\s*\\|\\s*");
  private static final Pattern RELATIVE_TIME = Pattern.compile(
      "(?i)^(?:(?:updated|posted|published|last updated)\\s*:?\\s*)?(?:\\d+|an?|one)\\s+"
          + "(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\\s+ago\\.?$");
  private static final Pattern OF_COUNTER = Pattern.compile("(?i)^(?:\\p{L}+\\s+){0,2}(\\d+)\\s*(?:of|/)\\s*(\\d+)$");
  private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+\\S");
  private static final Pattern PRICE_OR_SHARE = Pattern.compile("[$€£¥]\\s?\\d|\\d\\s?(?:%|percent\\b|per cent\\b)");
  private static final Set<String> BUYING = Lexicon.load("pages/buying.tsv").terms("prompt");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”]$");
  /** Longest line read as an advertisement: longer ones are prose that may quote a price. */
  private static final int AD_MAX = 140;

  /**
   * A line of two or more short parts between separators, each of which is furniture by itself (as
   * {@code furniture} says, or by the rules here).
   */
  static boolean widgetLine(String line, Predicate<String> furniture) {
    if (SENTENCE_END.matcher(line).find() && !line.endsWith("ago.")) {
      return false;
    }
    String[] parts = SEPARATORS.split(line);
    if (parts.length < 2) {
      return false;
    }
    for (String p : parts) {
      String part = p.strip();
      if (!part.isEmpty() && !furniture.test(part) && !relativeTime(part) && !counter(part)) {
        return false;
      }
    }
    return true;
  }

  /** "Updated 2 hours ago", "5 mins ago". */
  static boolean relativeTime(String line) {
    return RELATIVE_TIME.matcher(line).matches();
  }

  /** "Image 3 of 12", "Page 1/3", "2 of 10": a place in a gallery or a run of pages. */
  static boolean counter(String line) {
    Matcher m = OF_COUNTER.matcher(line);
    return m.matches() && Long.parseLong(m.group(1)) <= Long.parseLong(m.group(2));
  }

  /**
   * A short line that opens with a buying prompt, holds a price or a percentage and ends no sentence ("Save the
   * Children said 40% of ..." is reporting).
   */
  static boolean advertisement(String line) {
    if (line.length() > AD_MAX || SENTENCE_END.matcher(line).find()) {
      return false;
    }
    String first = line.split("[\\s,:!-]+", 2)[0].toLowerCase(Locale.ROOT);
    return BUYING.contains(first) && PRICE_OR_SHARE.matcher(line).find();
  }

  /** The number a line of a numbered list starts with, or -1. */
  static int numberedItem(String line) {
    Matcher m = NUMBERED.matcher(line);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  /**
   * Marks, in {@code drop}, every run of three or more lines (by their index in {@code lines}, blank lines between
   * them allowed) numbered 1, 2, 3... in order where no item ends a sentence: headlines of other stories.
   */
  static void numberedLists(String[] lines, boolean[] drop) {
    int i = 0;
    while (i < lines.length) {
      if (numberedItem(lines[i].strip()) != 1) {
        i++;
        continue;
      }
      int expect = 1;
      int j = i;
      int last = i;
      boolean headlines = true;
      while (j < lines.length) {
        String l = lines[j].strip();
        if (l.isEmpty()) {
          j++;
          continue;
        }
        if (numberedItem(l) != expect) {
          break;
        }
        headlines &= !SENTENCE_END.matcher(l).find();
        expect++;
        last = j;
        j++;
      }
      if (expect - 1 >= 3 && headlines) {
        for (int k = i; k <= last; k++) {
          drop[k] = true;
        }
      }
      i = last + 1;
    }
  }
}
