package io.claimwire.enrich.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A regular expression with the cheap test that must pass before it is worth running: some word it needs, or some
 * character. Most sentences fail the test, so most expensive matches never start. Lower-case words of a sentence
 * come from {@link #words}, computed once per sentence.
 */
record Gate(Pattern pattern, Set<String> anyWord, String anyChar, java.util.function.Predicate<String> test) {
  Gate(Pattern pattern, Set<String> anyWord, String anyChar) {
    this(pattern, anyWord, anyChar, null);
  }

  /** Runs whenever the test on the sentence passes. */
  static Gate when(Pattern p, java.util.function.Predicate<String> test) {
    return new Gate(p, null, null, test);
  }

  /** Whether some digit in the sentence is directly followed by one of these characters. */
  static boolean digitFollowedBy(String s, String chars) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' && chars.indexOf(s.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence holds at least {@code n} digits. */
  static boolean digits(String s, int n) {
    int seen = 0;
    for (int i = 0; i < s.length() && seen < n; i++) {
      char c = s.charAt(i);
      seen += c >= '0' && c <= '9' ? 1 : 0;
    }
    return seen >= n;
  }
  /** Runs whenever the sentence holds one of these lower-case words. */
  static Gate words(Pattern p, String... words) {
    return new Gate(p, Set.of(words), null);
  }

  /** Runs whenever the sentence holds one of these characters. */
  static Gate chars(Pattern p, String chars) {
    return new Gate(p, null, chars);
  }

  /** Runs whenever the sentence holds one of these characters or one of these lower-case words. */
  static Gate charsOrWords(Pattern p, String chars, String... words) {
    return new Gate(p, Set.of(words), chars);
  }

  /** Runs on every sentence. */
  static Gate always(Pattern p) {
    return new Gate(p, null, null);
  }

  boolean worthTrying(String sentence, Set<String> words) {
    if (test != null) {
      return test.test(sentence);
    }
    if (anyWord == null && anyChar == null) {
      return true;
    }
    if (anyWord != null) {
      for (String w : anyWord) {
        if (words.contains(w)) {
          return true;
        }
      }
    }
    if (anyChar != null) {
      for (int i = 0; i < anyChar.length(); i++) {
        if (sentence.indexOf(anyChar.charAt(i)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The lower-case runs of letters in the sentence ("Dec." gives "dec", "24-year-old" gives "year", "old"). */
  static Set<String> words(String s) {
    String low = s.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>(64);
    int n = low.length();
    int i = 0;
    while (i < n) {
      if (Character.isLetter(low.charAt(i))) {
        int start = i;
        while (i < n && Character.isLetter(low.charAt(i))) {
          i++;
        }
        out.add(low.substring(start, i));
      } else {
        i++;
      }
    }
    return out;
  }

  /** Lower-case words of the alternatives of a pattern such as {@code jan|january|feb}. */
  static String[] alternatives(String alternation) {
    return alternation.split("\\|");
  }
}
