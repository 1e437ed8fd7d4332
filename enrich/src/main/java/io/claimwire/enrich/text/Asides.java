package io.claimwire.enrich.text;

import java.util.List;
import java.util.Set;

/**
 * What stands beside a speaker's name without being it: asides between commas after the name ("David Hollins, 58, of
 * Chester, admitted": an age, a home town) and the lowercase words that say what a body is before its one-word name
 * ("the national weather service Meteo-France said").
 */
final class Asides {
  private Asides() {}

  /**
   * Before the asides that end at the comma {@code last}: "David Hollins, 58, of Chester, admitted" gives the token
   * "Hollins". An aside is an age or "of"/"from" and a place's name between commas, which a town may follow ("of Long
   * Lane, Ashby,"); {@code last} itself when none.
   */
  static int pastAsides(List<Token> toks, int last) {
    int end = last;
    while (end > 0 && ",".equals(toks.get(end).text())) {
      int prev = Speakers.previousComma(toks, end);
      if (prev > 0 && !isAside(toks, prev + 1, end - 1) && capitalised(toks, prev + 1, end - 1)) {
        int before = Speakers.previousComma(toks, prev); // "of Long Lane, Ashby,": the town after a street
        prev = before > 0 && isAside(toks, before + 1, prev - 1) && !capitalised(toks, before + 1, prev - 1) ? before : -1;
      } else if (prev > 0 && !isAside(toks, prev + 1, end - 1)) {
        prev = -1;
      }
      if (prev <= 0) {
        break;
      }
      end = prev;
    }
    return end == last ? last : end - 1;
  }

  private static boolean capitalised(List<Token> toks, int from, int to) {
    for (int j = from; j <= to; j++) {
      if (!toks.get(j).isCapitalised()) {
        return false;
      }
    }
    return from <= to;
  }

  private static boolean isAside(List<Token> toks, int from, int to) {
    if (from > to) {
      return false;
    }
    if (from == to) {
      String t = toks.get(from).text();
      return t.length() <= 3 && t.chars().allMatch(Character::isDigit); // an age
    }
    if (!Set.of("of", "from").contains(toks.get(from).lower())) {
      return false;
    }
    for (int j = from + 1; j <= to; j++) {
      if (!toks.get(j).isCapitalised() && !toks.get(j).lower().equals("and")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lowercase words that say what a body is, before its one-word name at {@code name} ("national weather
   * service" before "Meteo-France"): they end with a source's head noun and the name is no common source word; null
   * when there are none.
   */
  static String descriptor(String sentence, List<Token> toks, int name) {
    if (name < 1 || !Speakers.isSourceHead(toks.get(name - 1).lower())
        || SourceNames.SOURCE_WORDS.contains(toks.get(name).lower()) || SourceNames.ORG_HEADS.contains(toks.get(name).lower())) {
      return null;
    }
    int d = name - 1;
    while (d > 0 && toks.get(d - 1).isWord() && !toks.get(d - 1).isCapitalised()
        && !Set.of("the", "a", "an").contains(toks.get(d - 1).lower()) && name - d < 5) {
      d--;
    }
    return sentence.substring(toks.get(d).start(), toks.get(name - 1).end());
  }
}
