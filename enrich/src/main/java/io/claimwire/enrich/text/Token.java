package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark with its offsets in a sentence. A word is a run of letters and digits, joined across
 * an inner apostrophe, period, hyphen or ampersand ("U.S.", "24-year-old", "AT&T", "O'Neill"), with a trailing
 * apostrophe kept ("farmers'"); capitalised words joined by a spaced ampersand are one name ("Marks & Spencer");
 * every other non-space character is a token of its own.
 */
record Token(String text, int start, int end, String lower) {
  Token(String text, int start, int end) {
    this(text, start, end, text.toLowerCase(Locale.ROOT));
  }

  /** The tokens of a sentence: one pass over its characters, no regular expression. */
  static List<Token> of(String s) {
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        out.add(new Token(String.valueOf(c), i, i + 1));
        i++;
        continue;
      }
      int start = i;
      while (true) {
        while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
          i++;
        }
        if (i + 1 < n && isJoiner(s.charAt(i)) && Character.isLetterOrDigit(s.charAt(i + 1))) {
          i++;
          continue;
        }
        if (Character.isUpperCase(s.charAt(start)) && i + 3 < n && s.charAt(i) == ' ' && s.charAt(i + 1) == '&'
            && s.charAt(i + 2) == ' ' && Character.isUpperCase(s.charAt(i + 3))) {
          i += 3; // "Marks & Spencer", "Harlow & Finch": one name, as "AT&T" is
          continue;
        }
        break;
      }
      if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == '’')) {
        i++;
      }
      out.add(new Token(s.substring(start, i), start, i));
    }
    return out;
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c == '’' || c == '.' || c == '-' || c == '&';
  }

  boolean isCapitalised() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean isWord() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
  }
}
