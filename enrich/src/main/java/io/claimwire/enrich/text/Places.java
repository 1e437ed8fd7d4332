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
  /** The names of {@code places.tsv} by first character, longest first. */
  private static final java.util.Map<Character, List<String>> NAMES = Lexicon.entries("places.tsv").stream()
      .map(e -> e[0]).filter(n -> !n.isEmpty())
      .sorted(Comparator.comparingInt(String::length).reversed())
      .collect(java.util.stream.Collectors.groupingBy(n -> n.charAt(0), java.util.stream.Collectors.toList()));

  private Places() {}

  /** A place a sentence names, at [{@code start}, {@code end}). */
  record Named(String name, int start, int end) {}

  /**
   * The places a sentence names that can be where its figures are: not one that acts elsewhere ("Russia captured"),
   * owns a body that speaks ("Ukraine's intelligence"), or lies inside an occurrence of one of {@code claimants} (the
   * sources the sentence's reporting cues name). Found once per sentence; the scan starts only at capitals.
   */
  static List<Named> where(String sentence, List<String> claimants) {
    List<Named> out = new java.util.ArrayList<>(2);
    Boolean pointsBack = null;
    for (Named n : names(sentence)) {
      if (actsElsewhere(sentence, n.end()) || claimants.stream().anyMatch(c -> within(sentence, n.start(), n.end(), c))) {
        continue; // "Russia captured 2,356 square kilometres": an actor, not the place
      }
      if (ownsABody(sentence, n.end())) {
        if (pointsBack == null) {
          pointsBack = BACK_TO_A_PLACE.matcher(sentence).find();
        }
        if (!pointsBack) {
          continue;
        }
      }
      out.add(n);
    }
    return out;
  }

  /** Every name of a place in the sentence, left to right, each the longest that starts where it does. */
  static List<Named> names(String sentence) {
    List<Named> out = new java.util.ArrayList<>(2);
    int at = 0;
    while (at < sentence.length()) {
      String name = nameAt(sentence, at);
      if (name == null) {
        at++;
      } else {
        out.add(new Named(name, at, at + name.length()));
        at += name.length();
      }
    }
    return out;
  }

  /** Of the places {@link #where} found, the one nearest to [{@code start}, {@code end}), or null. */
  static String nearest(List<Named> named, int start, int end) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Named n : named) {
      int d = n.end() <= start ? start - n.end() : n.start() >= end ? n.start() - end : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = n.name();
      }
    }
    return best;
  }

  private static final Pattern NEXT_VERB = Pattern.compile("^\\s+(?:(?:has|have|had|also|reportedly|then)\\s+)*(\\p{L}+)");

  /** True when the name is the subject of a verb whose subject acts elsewhere (measures.tsv, class outward). */
  private static boolean actsElsewhere(String sentence, int nameEnd) {
    Matcher v = NEXT_VERB.matcher(sentence).region(nameEnd, sentence.length());
    return v.find() && StatisticMeasure.MEASURES.is(v.group(1), "outward");
  }

  private static final Pattern POSSESSED = Pattern.compile("^['’]s((?:\\s+[\\p{Ll}-]+){1,3})");

  /** "in the state": the sentence points back to a place it named, so a place owning a body is still where. */
  private static final Pattern BACK_TO_A_PLACE = Pattern.compile(
      "(?i)\\b(?:in|across|throughout) the (?:state|country|province|region|city|county|nation|territory|island)\\b");

  /** "Ukraine's intelligence agency", "Britain's health ministry": the place owns a body that speaks; not where. */
  private static boolean ownsABody(String sentence, int nameEnd) {
    Matcher p = POSSESSED.matcher(sentence).region(nameEnd, sentence.length());
    if (!p.find()) {
      return false;
    }
    for (String w : Words.of(p.group(1).strip())) {
      if (Speakers.isSourceHead(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(String sentence, int start, int end, String claimant) {
    if (claimant.isEmpty()) {
      return false;
    }
    for (int at = sentence.indexOf(claimant); at >= 0; at = sentence.indexOf(claimant, at + 1)) {
      if (at <= start && end <= at + claimant.length()) {
        return true;
      }
    }
    return false;
  }

  /** The place a whole line names ("Alaska", "New York"), or null. */
  static String whole(String line) {
    String l = line.strip();
    if (l.isEmpty() || Character.getType(l.codePointAt(0)) != Character.UPPERCASE_LETTER) {
      return null;
    }
    List<String> names = NAMES.get(l.charAt(0));
    return names != null && names.contains(l) ? l : null;
  }

  /**
   * The longest name of a place that starts at {@code at} as a word of its own: after no letter, '.' or '-', at a
   * capital, and before no letter or '-' ("Washington-based" names no place).
   */
  private static String nameAt(String s, int at) {
    List<String> names = NAMES.get(s.charAt(at));
    if (names == null || Character.getType(s.codePointAt(at)) != Character.UPPERCASE_LETTER) {
      return null;
    }
    if (at > 0) {
      int before = s.codePointBefore(at);
      if (Character.isLetter(before) || before == '.' || before == '-') {
        return null;
      }
    }
    for (String n : names) {
      int end = at + n.length();
      if (s.startsWith(n, at) && (end == s.length() || !Character.isLetter(s.codePointAt(end)) && s.charAt(end) != '-')) {
        return n;
      }
    }
    return null;
  }
}
