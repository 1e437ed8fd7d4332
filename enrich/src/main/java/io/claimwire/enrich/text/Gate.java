package io.claimwire.enrich.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A regular expression with the cheap test that must pass before it is worth running: some word it needs, or a
 * test of its characters. Most sentences fail the test, so most expensive matches never start. Lower-case words of a sentence
 * come from {@link #words}, computed once per sentence.
 */
record Gate(Pattern pattern, Set<String> anyWord, java.util.function.Predicate<String> test, int lead) {
  /** Runs of white space, compiled once: {@code String.split("\\s+")} compiles it on every call. */
  static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Runs whenever the test on the sentence passes. */
  static Gate when(Pattern p, java.util.function.Predicate<String> test) {
    return new Gate(p, null, test, -1);
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

  /** Whether some digit is followed by one of these characters and then another digit ("2.5", "10:30", "1/2"). */
  static boolean digitJoinedBy(String s, String chars) {
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      char d = s.charAt(i + 2);
      if (c >= '0' && c <= '9' && d >= '0' && d <= '9' && chars.indexOf(s.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether digits are joined twice by these characters ("12/03/2024", "2.4.1"). */
  static boolean joinedTwice(String s, String chars) {
    int joins = 0;
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' && chars.indexOf(s.charAt(i + 1)) >= 0 && Character.isDigit(s.charAt(i + 2))) {
        if (++joins == 2) {
          return true;
        }
        i++;
      } else if (!(c >= '0' && c <= '9')) {
        joins = 0;
      }
    }
    return false;
  }

  /** Whether a digit, a space and "am"/"pm"/"a.m."/"p.m." follow each other ("9 am", "10 p.m."). */
  static boolean digitSpaceAmPm(String s) {
    for (int i = 0; i + 3 < s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && s.charAt(i + 1) == ' ' && "aApP".indexOf(s.charAt(i + 2)) >= 0) {
        int j = i + 3;
        if (j < s.length() && s.charAt(j) == '.') {
          j++;
        }
        if (j < s.length() && (s.charAt(j) == 'm' || s.charAt(j) == 'M')
            && (j + 1 == s.length() || !Character.isLetter(s.charAt(j + 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a number starts with a zero followed by more digits ("0800"). */
  static boolean leadingZero(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      if (s.charAt(i) == '0' && Character.isDigit(s.charAt(i + 1))
          && (i == 0 || !Character.isDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.' && s.charAt(i - 1) != ',')) {
        return true;
      }
    }
    return false;
  }

  /** Whether three digits, a separator and three more digits occur ("555 0199", "555-0199"). */
  static boolean digitGroups(String s) {
    for (int i = 0; i + 6 < s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
          && " .-)".indexOf(s.charAt(i + 3)) >= 0 && Character.isDigit(s.charAt(i + 4)) && Character.isDigit(s.charAt(i + 5))
          && Character.isDigit(s.charAt(i + 6)) && (i + 7 >= s.length() || s.charAt(i + 3) != ' ' || Character.isDigit(s.charAt(i + 7)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a lower-case letter is directly followed by an upper-case one, as in a camel-case name ("iPhone"). */
  static boolean camelCase(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z' && Character.isUpperCase(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word-initial "19dd" or "20dd" is followed by white space ("the 2019 census"). */
  static boolean yearThenSpace(String s) {
    for (int i = 0; i + 4 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0')
          && isAsciiDigit(s.charAt(i + 2)) && isAsciiDigit(s.charAt(i + 3)) && Character.isWhitespace(s.charAt(i + 4))
          && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '_')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Runs whenever the sentence holds one of these lower-case words. */
  static Gate words(Pattern p, String... words) {
    return new Gate(p, Set.of(words), null, -1);
  }

  /**
   * Runs whenever the sentence holds one of these lower-case words, and every match starts at most {@code lead}
   * characters before one of them ("children under five" starts before "under"): the search starts there.
   */
  static Gate near(Pattern p, int lead, String... words) {
    return new Gate(p, Set.of(words), null, lead);
  }

  /**
   * A matcher of the sentence that searches from where a match may start: {@code lead} characters before the first
   * of the words in the sentence's lower case ({@code lower}, as long as the sentence), or from its start.
   */
  java.util.regex.Matcher matcher(String sentence, String lower) {
    java.util.regex.Matcher m = pattern.matcher(sentence);
    if (lead < 0 || lower.length() != sentence.length()) {
      return m;
    }
    int first = sentence.length();
    for (String w : anyWord) {
      int at = lower.indexOf(w);
      if (at >= 0 && at < first) {
        first = at;
      }
    }
    return first <= lead || first == sentence.length() ? m
        : m.region(first - lead, sentence.length()).useTransparentBounds(true).useAnchoringBounds(false);
  }

  boolean worthTrying(String sentence, Set<String> words) {
    if (test != null) {
      return test.test(sentence);
    }
    Set<String> small = anyWord.size() <= words.size() ? anyWord : words;
    Set<String> large = small == anyWord ? words : anyWord;
    for (String w : small) {
      if (large.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case runs of letters in the sentence ("Dec." gives "dec", "24-year-old" gives "year", "old"). */
  static Set<String> words(String s) {
    String low = s.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    Words.anyLetterRun(low, (start, end) -> {
      out.add(low.substring(start, end));
      return false;
    });
    return out;
  }

}
