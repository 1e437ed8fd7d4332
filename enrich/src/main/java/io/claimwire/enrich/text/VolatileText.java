package io.claimwire.enrich.text;

import java.util.regex.Pattern;

/**
 * Removes the parts of a page that change on every crawl without changing the article: comment, view, share
 * and like counts, "viewed N times", "updated N hours ago". Used only for the exact-duplicate fingerprint, so a
 * re-crawl that differs in a counter is the same text, while a changed figure in the prose is an update.
 */
public final class VolatileText {
  private VolatileText() {}

  private static final String COUNTED = "(?:comments?|views?|shares?|likes?|reactions?|replies|reads|visits|visitors"
      + "|followers|subscribers|hits|retweets|upvotes)";
  private static final String NUMBER = "\\d[\\d,.\\s]*[km]?";
  private static final Pattern COUNTERS = Pattern.compile("(?i)"
      + "\\b" + NUMBER + "\\s*" + COUNTED + "\\b"
      + "|\\b" + COUNTED + "\\s*[:(]\\s*" + NUMBER + "\\)?"
      + "|\\b(?:viewed|read|shared|seen)\\s+" + NUMBER + "\\s*times\\b"
      + "|\\b(?:updated|posted|published|edited)?\\s*" + NUMBER
      + "\\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\\s+ago\\b");

  /** The text without its volatile counters. */
  public static String stable(String text) {
    return COUNTERS.matcher(text).replaceAll(" ");
  }
}
