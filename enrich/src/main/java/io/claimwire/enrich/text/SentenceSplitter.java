package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits cleaned text into sentences: paragraph breaks always, and sentence ends that are not abbreviations. */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "cpl", "adm", "gov", "sen", "rep",
      "st", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "vol",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pp", "p");

  public List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    int pos = 0;
    while (pos < text.length()) {
      int br = text.indexOf("\n\n", pos);
      int end = br < 0 ? text.length() : br;
      splitParagraph(text, pos, end, paragraph, out);
      paragraph++;
      pos = br < 0 ? text.length() : br + 2;
    }
    return out;
  }

  private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '\n') {
        continue;
      }
      int end = i + 1;
      while (end < to && "\"'”’)".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (c != '\n') {
        if (end >= to || !Character.isWhitespace(text.charAt(end))) {
          continue;
        }
        int next = end;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < to && Character.isLowerCase(text.charAt(next))) {
          continue;
        }
        if (c == '.' && isAbbreviation(text, start, i)) {
          continue;
        }
      }
      add(text, start, end, paragraph, out);
      start = end;
    }
    add(text, start, to, paragraph, out);
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int w = dot;
    while (w > sentenceStart && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial, or the last letter of "U.S."
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The longest sentence kept whole. Real sentences are far shorter; a longer run (a table, a list without stops, a
   * hostile input) is cut at white space into pieces of at most this size, which keeps the work on each bounded
   * and the work on an article linear in its length.
   */
  static final int MAX_SENTENCE = 1_000;

  private static void add(String text, int start, int end, int paragraph, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (end - start > MAX_SENTENCE) {
      int cut = start + MAX_SENTENCE;
      int space = cut;
      while (space > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(space))) {
        space--;
      }
      cut = Character.isWhitespace(text.charAt(space)) ? space : cut;
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--; // never split a character in two
      }
      add(text, start, cut, paragraph, out);
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (end > start) {
      out.add(new Sentence(text.substring(start, end), start, end, paragraph));
    }
  }
}
