package io.claimwire.enrich.text;

import java.util.Locale;
import java.util.Set;

/**
 * Removes the parts of a page that change on every crawl without changing the article: comment, view, share
 * and like counts ("12 comments", "Comments (4)", "Likes: 88"), "viewed N times", "updated N hours ago". Used
 * only for the exact-duplicate fingerprint, so a re-crawl that differs in a counter is the same text, while a
 * changed figure in the prose is an update. One pass that looks only around digits (the sequencer's budget is a
 * few microseconds per article).
 */
public final class VolatileText {
  private VolatileText() {}

  private static final Set<String> COUNTED = Set.of("comment", "comments", "view", "views", "share", "shares",
      "like", "likes", "reaction", "reactions", "replies", "reads", "visits", "visitors", "followers",
      "subscribers", "hits", "retweets", "upvotes");
  private static final Set<String> TIMES_VERBS = Set.of("viewed", "read", "shared", "seen");
  private static final Set<String> AGO_UNITS = Set.of("second", "seconds", "sec", "secs", "minute", "minutes",
      "min", "mins", "hour", "hours", "hr", "hrs", "day", "days");
  private static final Set<String> AGO_VERBS = Set.of("updated", "posted", "published", "edited");

  /** The text without its volatile counters. */
  public static String stable(String text) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!Character.isDigit(text.charAt(i)) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        continue;
      }
      int end = numberEnd(text, i);
      int[] span = counterSpan(text, i, end);
      if (span != null && span[0] >= copied) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, span[0]).append(' ');
        copied = span[1];
        i = span[1] - 1;
      } else {
        i = end - 1;
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  /** End of a number starting at {@code i}: digits with inner separators, and a k or m suffix. */
  private static int numberEnd(String s, int i) {
    int n = s.length();
    int j = i;
    while (j < n && (Character.isDigit(s.charAt(j))
        || ((s.charAt(j) == ',' || s.charAt(j) == '.') && j + 1 < n && Character.isDigit(s.charAt(j + 1))))) {
      j++;
    }
    if (j < n && (s.charAt(j) == 'k' || s.charAt(j) == 'K' || s.charAt(j) == 'm' || s.charAt(j) == 'M')
        && (j + 1 == n || !Character.isLetterOrDigit(s.charAt(j + 1)))) {
      j++;
    }
    return j;
  }

  /** The counter around the number at [start, end), or null when the number is not part of one. */
  private static int[] counterSpan(String s, int start, int end) {
    int[] next = word(s, skip(s, end, " \u00a0"));
    String after = next == null ? null : s.substring(next[0], next[1]).toLowerCase(Locale.ROOT);
    int[] prev = wordBefore(s, back(s, start, " \u00a0(:"));
    String before = prev == null ? null : s.substring(prev[0], prev[1]).toLowerCase(Locale.ROOT);
    if (after != null && COUNTED.contains(after)) {
      return new int[] {start, next[1]};
    }
    if (before != null && COUNTED.contains(before)) {
      int close = end < s.length() && s.charAt(end) == ')' ? end + 1 : end;
      return new int[] {prev[0], close};
    }
    if (before != null && TIMES_VERBS.contains(before) && "times".equals(after)) {
      return new int[] {prev[0], next[1]};
    }
    if (after != null && AGO_UNITS.contains(after)) {
      int[] ago = word(s, skip(s, next[1], " \u00a0"));
      if (ago != null && s.substring(ago[0], ago[1]).equalsIgnoreCase("ago")) {
        int from = before != null && AGO_VERBS.contains(before) ? prev[0] : start;
        return new int[] {from, ago[1]};
      }
    }
    return null;
  }

  private static int skip(String s, int i, String chars) {
    while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int back(String s, int i, String chars) {
    while (i > 0 && chars.indexOf(s.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  /** The letters starting at {@code i}, or null. */
  private static int[] word(String s, int i) {
    int j = i;
    while (j < s.length() && Character.isLetter(s.charAt(j))) {
      j++;
    }
    return j > i ? new int[] {i, j} : null;
  }

  /** The letters ending at {@code i}, or null. */
  private static int[] wordBefore(String s, int i) {
    int j = i;
    while (j > 0 && Character.isLetter(s.charAt(j - 1))) {
      j--;
    }
    return j < i ? new int[] {j, i} : null;
  }
}
