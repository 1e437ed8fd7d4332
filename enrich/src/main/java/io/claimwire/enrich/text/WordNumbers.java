package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.NotFigures.*;
import static io.claimwire.enrich.text.NumberParser.*;
import static io.claimwire.enrich.text.Units.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written in words: number words ("two dozen", "half a million"), fractions ("a third of"), ratios ("one in
 * five") and vague quantities ("thousands"); and the cheap scan that tells whether a sentence may hold any number.
 */
final class WordNumbers {
  private WordNumbers() {}

  static final Pattern ONE_SCALE = Pattern.compile("(a|an|one) (hundred|thousand|million|billion|dozen)");

  static final Pattern VAGUE = Pattern.compile(
      "(?i)(?=[tdshmb])\\b(tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|dozens|hundreds"
          + "|thousands|millions|billions)\\b");

  static final Map<String, Double> VAGUE_VALUES = Map.of(
      "tens of thousands", 10_000d, "hundreds of thousands", 100_000d, "tens of millions", 10_000_000d,
      "hundreds of millions", 100_000_000d, "dozens", 12d, "hundreds", 100d, "thousands", 1_000d,
      "millions", 1_000_000d, "billions", 1_000_000_000d);

  static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("one", 1d), Map.entry("two", 2d), Map.entry("three", 3d), Map.entry("four", 4d), Map.entry("five", 5d),
      Map.entry("six", 6d), Map.entry("seven", 7d), Map.entry("eight", 8d), Map.entry("nine", 9d), Map.entry("ten", 10d),
      Map.entry("eleven", 11d), Map.entry("twelve", 12d), Map.entry("thirteen", 13d), Map.entry("fourteen", 14d),
      Map.entry("fifteen", 15d), Map.entry("sixteen", 16d), Map.entry("seventeen", 17d), Map.entry("eighteen", 18d),
      Map.entry("nineteen", 19d), Map.entry("twenty", 20d), Map.entry("thirty", 30d), Map.entry("forty", 40d),
      Map.entry("fifty", 50d), Map.entry("sixty", 60d), Map.entry("seventy", 70d), Map.entry("eighty", 80d),
      Map.entry("ninety", 90d));

  static final Map<String, Double> SCALES = Map.of(
      "hundred", 100d, "thousand", 1_000d, "million", 1_000_000d, "billion", 1_000_000_000d,
      "trillion", 1_000_000_000_000d, "dozen", 12d, "lakh", 100_000d, "crore", 10_000_000d);

  static final Pattern WORD_NUMBER = Pattern.compile(
      "(?i)\\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
          + "|billion|trillion|dozen|lakh|crore|half|and)(?:[\\s-]+|$|(?=[^\\p{L}])))+");

  static final Set<String> DETERMINERS = Lexicon.load("numbers/determiners.tsv").terms("determiners");

  /** Words that say which half is meant ("the first half of the year"): a part of a period, not a share. */
  static final Set<String> PART_POSITIONS = Lexicon.load("numbers/part-positions.tsv").terms("part-positions");

  /**
   * The cheap scan, before anything else: whether a sentence has a digit or a number word at all. One pass over
   * its characters; most sentences of an article have neither and are never parsed.
   */
  static boolean mayHoldNumber(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      if (!Words.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n && Words.isLetter(s.charAt(i))) {
        ascii &= s.charAt(i) < 128;
        i++;
      }
      int len = i - start;
      if (len >= 3 && len <= 9 && NUMBER_WORD_INITIALS.indexOf(Character.toLowerCase(c)) >= 0
          && (ascii ? isNumberWord(s, start, len) : NUMBER_WORDS.contains(s.substring(start, i).toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the ASCII letters at [start, start + len) are a number word in any case, without a copy of them. */
  static boolean isNumberWord(String s, int start, int len) {
    int initial = (s.charAt(start) | 0x20) - 'a';
    if (initial < 0 || initial >= 26 || len >= NUMBER_WORDS_BY_SHAPE.length) {
      return false;
    }
    for (String w : NUMBER_WORDS_BY_SHAPE[len][initial]) {
      int k = 1;
      while (k < len && (s.charAt(start + k) | 0x20) == w.charAt(k)) {
        k++;
      }
      if (k == len) {
        return true;
      }
    }
    return false;
  }

  static final String NUMBER_WORD_INITIALS = "otfsenhmbdqlc";

  /** Lower-case words that can start or make a figure without a digit. */
  static final Set<String> NUMBER_WORDS = numberWords();

  /** {@link #NUMBER_WORDS} (all ASCII) by length and initial ({@code a} is 0), for {@link #isNumberWord}. */
  static final String[][][] NUMBER_WORDS_BY_SHAPE = byShape(NUMBER_WORDS);

  static String[][][] byShape(Set<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    String[][][] out = new String[Math.max(longest + 1, 10)][26][];
    for (int len = 0; len < out.length; len++) {
      for (int initial = 0; initial < 26; initial++) {
        int l = len;
        char c = (char) ('a' + initial);
        out[len][initial] = words.stream().filter(w -> w.length() == l && w.charAt(0) == c).sorted()
            .toArray(String[]::new);
      }
    }
    return out;
  }

  static Set<String> numberWords() {
    Set<String> w = new java.util.HashSet<>(WORDS.keySet());
    w.addAll(SCALES.keySet());
    w.addAll(List.of("dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens", "half", "third",
        "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"));
    return Words.setCopyOf(w);
  }

  static final Pattern FRACTION = Pattern.compile(
      "(?i)\\b(a|one|two|three|four)[\\s-](half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)(?=\\s+of\\b)"
          + "|\\b(half)(?=\\s+(?:of\\s+)?(?:the|all|its|their|those|these)\\b)");

  static final Map<String, Double> FRACTION_PARTS = Map.of("half", 2d, "third", 3d, "thirds", 3d, "quarter", 4d,
      "quarters", 4d, "fifth", 5d, "fifths", 5d, "tenth", 10d, "tenths", 10d);

  static final Pattern RATIO = Pattern.compile(
      "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|\\d{1,3})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?"
          + "(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\\s+hundred|\\d{1,4})\\b(?![.,]\\d)");

  /** "one in five households", "nine out of 10 nurses": a share, given in percent. */
  static void findRatios(String s, boolean[] blocked, List<NumberMention> out) {
    Matcher m = RATIO.matcher(s);
    while (m.find()) {
      if (blocked[m.start()]) {
        continue;
      }
      Double part = ratioTerm(m.group(1));
      Double whole = ratioTerm(m.group(2));
      if (part == null || whole == null || whole > 1000 || part <= 0 || part >= whole) {
        continue; // "three in 2024" is not a share
      }
      out.add(new NumberMention(m.start(), m.end(), part / whole * 100, null, null, false, "percent", null));
      for (int i = m.start(); i < m.end(); i++) {
        blocked[i] = true; // neither number counts again on its own
      }
    }
  }

  static Double ratioTerm(String t) {
    String w = Gate.WHITESPACE.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (Character.isDigit(w.charAt(0))) {
      return Double.parseDouble(w);
    }
    return w.endsWith("hundred") ? Double.valueOf(100) : WORDS.get(w);
  }

  /** "a third of", "two-thirds of", "half the": a share, given in percent so it compares with percentages. */
  static void findFractions(String s, boolean[] blocked, List<NumberMention> out) {
    Matcher m = FRACTION.matcher(s);
    while (m.find()) {
      if (blocked[m.start()]) {
        continue;
      }
      double share;
      if (m.group(3) != null) {
        if (PART_POSITIONS.contains(
            Words.lastLetters(s.substring(Math.max(0, m.start() - 24), m.start())).toLowerCase(Locale.ROOT))) {
          continue; // "the first half of the year" names a time, not a share
        }
        share = 0.5;
      } else {
        String count = m.group(1).toLowerCase(Locale.ROOT);
        double n = count.equals("a") || count.equals("one") ? 1 : WORDS.get(count);
        share = n / FRACTION_PARTS.get(m.group(2).toLowerCase(Locale.ROOT));
      }
      out.add(new NumberMention(m.start(), m.end(), share * 100, null, null, false, "percent", null));
    }
  }

  static void findVague(String s, boolean[] blocked, List<NumberMention> out) {
    Matcher m = VAGUE.matcher(s);
    while (m.find()) {
      if (blocked[m.start()] || overlaps(out, m.start(), m.end())) {
        continue;
      }
      double v = VAGUE_VALUES.get(m.group(1).toLowerCase(Locale.ROOT));
      out.add(new NumberMention(m.start(), m.end(), v, null, null, true, null, null));
    }
  }

  static void findWords(String s, boolean[] blocked, List<NumberMention> out) {
    Matcher m = WORD_NUMBER.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    int matchedTo = 0;
    for (int at : numberWordStarts(s)) {
      if (at < matchedTo || !m.region(at, s.length()).lookingAt()) {
        continue;
      }
      matchedTo = m.end();
      String phrase = m.group().strip();
      int start = m.start();
      String lower = Gate.WHITESPACE.matcher(phrase.toLowerCase(Locale.ROOT).replace('-', ' ')).replaceAll(" ");
      // Trim leading "and", trailing "and"/"a"/"an"/"half" fragments that belong to the next words.
      while (lower.startsWith("and ")) {
        lower = lower.substring(4);
        start = s.indexOf(phrase.substring(phrase.length() - lower.length()), start);
      }
      while (lower.endsWith(" and") || lower.endsWith(" a") || lower.endsWith(" an")) {
        lower = lower.substring(0, lower.lastIndexOf(' '));
      }
      String[] ws = lower.split(" ");
      for (int k = 1; k + 1 < ws.length; k++) {
        boolean aHalf = k + 2 < ws.length && ws[k + 1].equals("a") && ws[k + 2].equals("half"); // "one and a half"
        if (ws[k].equals("and") && !SCALES.containsKey(ws[k - 1]) && !aHalf) {
          // "between two and three": two numbers; "two hundred and six" is one
          lower = String.join(" ", java.util.Arrays.copyOf(ws, k));
          matchedTo = start + lengthOfWords(s, start, k);
          break;
        }
      }
      lower = beforeBlocked(s, start, lower, blocked); // "two eight-year-olds": two, not ten
      if (lower.equals("and") || lower.isEmpty() || blocked[start] || overlaps(out, start, start + lower.length())) {
        continue;
      }
      Double value = wordsToNumber(lower);
      if (value == null || value == 0d && !lower.equals("zero") // "the first half" alone is no figure
          || value == 1d && !ONE_SCALE.matcher(lower).matches() && !coordinatedOne(s, start, lower)) {
        continue; // "one" and "a" alone are articles and pronouns far more often than figures
      }
      int end = start + lengthOfWords(s, start, lower.split(" ").length);
      if (precededByDeterminer(s, start) || ORDINAL_SUFFIX.matcher(s.substring(end)).matches()) {
        continue;
      }
      if (PARTITIVE_PRONOUN.matcher(s.substring(end)).matches() && value < 20) {
        continue; // "two of them" is partitive, usually not a figure worth a claim
      }
      out.add(new NumberMention(start, end, value, null, null, false, null, null));
    }
  }

  /** A count and its noun, then "and" or a comma, before a "one": "two children and one woman". */
  private static final Pattern COUNT_BEFORE_ONE = Pattern.compile("(?i)(?:\\b\\d[\\d,.]*|\\b(?:two|three|four|five|six|seven|eight"
      + "|nine|ten|eleven|twelve|dozen|hundred|thousand))\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s*(?:,\\s*and|,|and)\\s+$");
  private static final Pattern NOUN_AFTER_ONE = Pattern.compile("^\\s+(?!(?i:of|another|other|more|time|way|thing|second|minute|hour|day|week|month|year|decade)\\b)\\p{Ll}{3,}");

  /** "two children and one woman": a "one" with a noun, after a count with its own, counts as the count does. */
  private static boolean coordinatedOne(String s, int start, String lower) {
    return lower.equals("one") && COUNT_BEFORE_ONE.matcher(s.substring(Math.max(0, start - 50), start)).find()
        && NOUN_AFTER_ONE.matcher(s.substring(start + 3)).lookingAt();
  }

  /**
   * Where a number in words can start: a number word, or "a"/"an" right before one ("a thousand"). The pattern runs
   * from these places only, not from every word of the sentence.
   */
  static List<Integer> numberWordStarts(String s) {
    List<Integer> starts = new ArrayList<>();
    int[] articleAt = {-1};
    Words.anyLetterRun(s, (start, end) -> {
      String w = s.substring(start, end).toLowerCase(Locale.ROOT);
      if (NUMBER_WORDS.contains(w)) {
        starts.add(articleAt[0] >= 0 ? articleAt[0] : start);
      }
      articleAt[0] = w.equals("a") || w.equals("an") ? start : -1;
      return false;
    });
    return starts;
  }


  /** The words of {@code lower} (found at {@code start}) before the first one that starts in a blocked span. */
  private static String beforeBlocked(String s, int start, String lower, boolean[] blocked) {
    String[] ws = lower.split(" ");
    for (int k = 1; k < ws.length; k++) {
      int next = start + lengthOfWords(s, start, k);
      while (next < s.length() && !Character.isLetter(s.charAt(next))) {
        next++;
      }
      if (next < blocked.length && blocked[next]) {
        return String.join(" ", java.util.Arrays.copyOf(ws, k));
      }
    }
    return lower;
  }

  static int lengthOfWords(String s, int start, int words) {
    int i = start;
    int seen = 0;
    while (i < s.length() && seen < words) {
      while (i < s.length() && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      seen++;
    }
    return i - start;
  }

  static Double wordsToNumber(String phrase) {
    double total = 0;
    double current = 0;
    boolean any = false;
    boolean half = false;
    String[] ws = phrase.split(" ");
    for (int k = 0; k < ws.length; k++) {
      String w = ws[k];
      if (w.equals("and")) {
        continue;
      }
      if (w.equals("a") || w.equals("an")) {
        // "a hundred", "a thousand": one of the scale; "a three-year deal" is three, not four
        if (current == 0 && !half && k + 1 < ws.length && SCALES.containsKey(ws[k + 1])) {
          current = 1;
        }
        continue;
      }
      if (w.equals("half")) {
        half = true;
        any = true;
        continue;
      }
      Double small = WORDS.get(w);
      if (small != null) {
        current += small;
        any = true;
        continue;
      }
      Double scale = SCALES.get(w);
      if (scale == null) {
        return null;
      }
      any = true;
      double base = (current == 0 ? 1 : current) + (half && current != 0 ? 0.5 : 0);
      if (half && current == 0) {
        base = 0.5;
      }
      half = false;
      if (scale == 100 || scale == 12) {
        current = base * scale;
      } else {
        total += base * scale;
        current = 0;
      }
    }
    return any ? total + current : null;
  }

  static boolean precededByDeterminer(String s, int start) {
    Matcher m = LAST_WORD.matcher(s.substring(Math.max(0, start - 30), start));
    return m.find() && DETERMINERS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }
}
