package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.NotFigures.*;
import static io.claimwire.enrich.text.Units.*;
import static io.claimwire.enrich.text.WordNumbers.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a sentence: digits with separators, decimals and scale words ("1.2 million", "$3.5bn",
 * "40k"), number words ("two dozen", "half a million"), vague quantities ("thousands"), ranges and units.
 * Numbers that are not figures are left out: dates, years, times, ages, ordinals, designations ("F-16",
 * "Su-35S"), calibres ("155mm"), phone numbers, addresses, counters and period expressions ("the last 24 hours").
 */
public final class NumberParser {
  // Patterns of the string checks below, compiled once, named for what they match.
  static final Pattern SCALED_END = Pattern.compile("\\d(?:k|m|bn|mn)$", Pattern.CASE_INSENSITIVE);
  static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s*$");
  static final Pattern CURRENCY_WORD = Pattern.compile("(?i)^\\s*(dollars|euros|pounds)\\b");
  /** A counted noun or a currency after a bare "m", in any case and perhaps in brackets ("130m (euros)"). */
  static final Pattern COUNT_NOUN_AFTER = Pattern.compile("(?s)^\\(?(?i:"
      + String.join("|", Lexicon.load("numbers/count-nouns.tsv").termsOf("count")) + "|" + Units.CURRENCY_WORDS + ")\\b.*");
  static final Pattern DIGIT_SEPARATORS = Pattern.compile("[,\\s\\u00a0\\u202f\\u2009]");
  static final Pattern UNIT_SUFFIX = Pattern.compile(
      "(?is)^(km2|km²|km/h|kmh|kph|km|kg|ha|hrs?|mins?|mph|mm|cm|ft|MW|GW|kWh|MWh|GWh|TWh|bn|mn|tn|pc|k|m|b|p|c|f|%)(?![\\p{L}\\d]).*");
  static final Pattern COMMA_NEXT = Pattern.compile("(?s)^\\s*,.*");
  static final Pattern ENDS_A_CLAUSE = Pattern.compile(".*[.!?:\"“]$");
  static final Pattern NAME_CONTINUES_AFTER = Pattern.compile("(?s)^(?:\\s*[.,;:)!?]|\\s*$|\\s+(?:on|in|at|was|is|will|has|had|were|are|and|for|to)\\b).*");
  static final Pattern PLURAL_NOUN_NEXT = Pattern.compile("(?s)^[\\p{L}-]+s\\b.*");
  static final Pattern YEAR_EVENT_NEXT = Pattern.compile("(?s)^(elections|olympics|games|talks|protests)\\b.*");
  static final Pattern ORDINAL_SUFFIX = Pattern.compile("(?is)^-?(st|nd|rd|th)\\b.*");
  static final Pattern PARTITIVE_PRONOUN = Pattern.compile("(?is)^\\s*(?:in\\s+(?:them|us|the|those|these|his|her|their)|of\\s+us)\\b.*");
  static final Pattern NOT_IN_A_WORD = Pattern.compile("[^\\p{L}'’-]");
  static final Pattern DASH_BETWEEN = Pattern.compile("\\s*[-–—]\\s*");
  static final Pattern TO_BETWEEN = Pattern.compile("\\s+to\\s+");
  static final Pattern UP_BEFORE = Pattern.compile(".*\\bup\\s*$");
  static final Pattern BY_BEFORE = Pattern.compile(
      ".*\\bby\\s+(?:(?:just|only|about|around|nearly|almost|some|roughly|a further|another)\\s+)?$");
  static final Pattern BETWEEN_BEFORE = Pattern.compile(".*\\bbetween\\s+$");
  static final Pattern AND_BETWEEN = Pattern.compile("\\s+and\\s+");
  static final Pattern FROM_BEFORE = Pattern.compile(".*\\bfrom\\s+$");

  /** Currency signs and codes written before a figure, and their units ("Rs" is the rupee, as the word is). */
  static final Map<String, String> CURRENCY = Map.ofEntries(Map.entry("$", "usd"), Map.entry("US$", "usd"),
      Map.entry("A$", "aud"), Map.entry("C$", "cad"), Map.entry("€", "eur"), Map.entry("£", "gbp"), Map.entry("¥", "jpy"),
      Map.entry("₹", "inr"), Map.entry("Rs", "inr"), Map.entry("Rs.", "inr"), Map.entry("INR", "inr"),
      Map.entry("PKR", "pkr"), Map.entry("KSh", "kes"), Map.entry("₦", "ngn"), Map.entry("Sh", "shilling"),
      Map.entry("R", "zar"), Map.entry("N", "ngn"));
  /** Letters that are a currency only glued to a scaled figure ("R2.5 billion", "Sh5bn", "N50 billion"). */
  private static final java.util.Set<String> GLUED_ONLY = java.util.Set.of("Sh", "R", "N");
  /** The codes of {@link #CURRENCY} written with letters ("Rs", "KSh", "US$"), and the letters they start with. */
  private static final List<String> LETTER_CODES = CURRENCY.keySet().stream()
      .filter(k -> Character.isLetter(k.charAt(0))).sorted().toList();
  private static final String CODE_INITIALS = LETTER_CODES.stream().map(k -> k.substring(0, 1)).distinct()
      .collect(java.util.stream.Collectors.joining());
  /** The scales a figure may carry after it ("million", "bn", "lakh", "crore"), as alternatives of a pattern. */
  private static final String SCALE_WORDS = "million|billion|trillion|thousand|lakhs?|lacs?|crores?|mn|bn|tn|m|b|k";

  static final Pattern DIGITS = Pattern.compile("(" + CURRENCY.keySet().stream() // longest first: "Rs." before "Rs"
      .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
      .map(k -> Pattern.quote(k) + (GLUED_ONLY.contains(k) ? "(?=\\d)" : ""))
      .collect(java.util.stream.Collectors.joining("|"))
      + ")?\\s?(\\d{1,3}(?:(?:,|[ \\u00a0\\u202f\\u2009])\\d{3})+(?:\\.\\d+)?"
          + "(?!\\d|,\\d)|\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d|,\\d)|\\d+(?:\\.\\d+)?)"
          + "(?:(?:\\s|-(?=(?:m|b|tr)illion))?(" + SCALE_WORDS + ")(?![\\p{L}\\d]))?");

  /** Every figure in the sentence, in order of appearance. */
  public List<NumberMention> parse(String sentence) {
    return parse(sentence, Gate.words(sentence));
  }

  /** As {@link #parse(String)}, with the sentence's lower-case words already at hand. */
  List<NumberMention> parse(String sentence, Set<String> words) {
    boolean digits = hasDigit(sentence);
    boolean numberWords = false;
    for (String w : words) {
      if (NUMBER_WORDS.contains(w)) {
        numberWords = true;
        break;
      }
    }
    if (!digits && !numberWords) {
      return List.of(); // the cheap scan: most sentences hold no number at all
    }
    boolean[] blocked = NotFigures.blocked(sentence, words);
    List<NumberMention> found = new ArrayList<>();
    if (words.contains("in") || words.contains("out")) {
      findRatios(sentence, blocked, found);
    }
    if (numberWords) {
      findFractions(sentence, blocked, found);
    }
    if (digits) {
      findDigits(sentence, blocked, found);
    }
    if (numberWords) {
      findVague(sentence, blocked, found);
      findWords(sentence, blocked, found);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    List<NumberMention> withUnits = new ArrayList<>();
    for (NumberMention n : found) {
      withUnits.add(attachUnit(sentence, n));
    }
    return mergeRanges(sentence, withUnits);
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private void findDigits(String s, boolean[] blocked, List<NumberMention> out) {
    Matcher m = DIGITS.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    // Try the pattern only where a number can start: a digit or a currency sign, not every position.
    for (int at = 0; at < s.length(); at++) {
      char c = s.charAt(at);
      boolean candidate = c >= '0' && c <= '9' && (at == 0 || !Character.isDigit(s.charAt(at - 1)))
          || c == '$' || c == '€' || c == '£' || c == '¥' || c == '₹' || c == '₦'
          || (c == 'U' || c == 'A' || c == 'C') && s.startsWith("$", at + (c == 'U' ? 2 : 1))
          || CODE_INITIALS.indexOf(c) >= 0 && currencyCodeAt(s, at);
      if (!candidate || !m.region(at, s.length()).lookingAt()) {
        continue;
      }
      at = Math.max(at, m.end() - 1);
      int numStart = m.start(2);
      int start = m.group(1) != null ? m.start(1) : numStart;
      int end = m.end();
      if (m.group(1) != null && GLUED_ONLY.contains(m.group(1)) && m.group(3) == null) {
        continue; // "R2" is a road, "N5" a code: the letter is a currency only before a scale ("R2.5 billion")
      }
      if (blocked[numStart] || isDesignation(s, start, m.end(2), m.group(3))) {
        continue;
      }
      String digits = DIGIT_SEPARATORS.matcher(m.group(2)).replaceAll("");
      if (m.group(1) == null && numStart > 0 && s.charAt(numStart - 1) == '.' && digits.indexOf('.') < 0
          && (numStart == 1 || !Character.isLetterOrDigit(s.charAt(numStart - 2)))) {
        digits = "0." + digits; // ", or .7%,": a decimal written without its leading zero
        start = numStart - 1;
      }
      if (digits.length() > 16) {
        continue; // an identifier or a run of digits, never a figure
      }
      double value;
      try {
        value = Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        continue;
      }
      String scale = m.group(3) == null ? null : m.group(3).toLowerCase(Locale.ROOT);
      if ("m".equals(scale) && m.group(1) == null && !followedByCountNoun(s, end) && !millionByContext(s, end)) {
        end = m.end(2);
        scale = null; // "2.5m" without a currency or counted noun is metres
      }
      value = scaled(value, scaleOf(scale));
      boolean separated = m.group(2).length() != digits.length(); // "1,800" is a count, never a year
      if (scale == null && m.group(1) == null && !separated && isYear(s, numStart, m.end(2), value, digits)) {
        continue;
      }
      if (scale == null && m.group(1) == null && !separated && (isAgeAppositive(s, start, m.end(2), value)
          || isModelNumber(s, start, m.end(2)))) {
        continue;
      }
      String unit = m.group(1) != null ? CURRENCY.get(m.group(1)) : null;
      out.add(new NumberMention(start, end, value, null, null, false, unit, null));
    }
  }

  /**
   * "Rs 500", "INR 40", "PKR 2,000", "KSh 50,000", "R2.5 billion": a code of {@link #CURRENCY} as a word of its own
   * before a figure, a glued-only letter right before a digit.
   */
  private static boolean currencyCodeAt(String s, int at) {
    if (at > 0 && Character.isLetterOrDigit(s.charAt(at - 1))) {
      return false;
    }
    for (String code : LETTER_CODES) {
      int after = at + code.length();
      if (s.startsWith(code, at)
          && (!GLUED_ONLY.contains(code) || after < s.length() && Character.isDigit(s.charAt(after)))) {
        return true;
      }
    }
    return false;
  }

  static double scaleOf(String scale) {
    if (scale == null) {
      return 1;
    }
    return switch (scale) {
      case "lakh", "lakhs", "lac", "lacs" -> 1e5; // South Asian scales: a lakh is 100,000, a crore 10 million
      case "crore", "crores" -> 1e7;
      case "k", "thousand" -> 1e3;
      case "m", "mn", "million" -> 1e6;
      case "b", "bn", "billion" -> 1e9;
      case "tn", "trillion" -> 1e12;
      default -> 1;
    };
  }

  /** The value of one number written as a word ("twelve", "twenty-two"), or null when the word is none. */
  public static Double wordValue(String lower) {
    int dash = lower.indexOf('-');
    if (lower.endsWith("s") || !NUMBER_WORDS.contains(dash < 0 ? lower : lower.substring(0, dash))) {
      return null; // most words: one lookup, no copy; "thousands" is no figure
    }
    return wordsToNumber(dash < 0 ? lower : lower.replace('-', ' '));
  }

  /** A written figure times its scale in decimal: "8.2 million" is 8,200,000, not the binary 8,199,999.999... */
  static double scaled(double value, double factor) {
    return factor == 1 ? value : BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(factor)).doubleValue();
  }

  private static final java.util.Set<String> LENGTH_WORDS = Lexicon.load("numbers/length-words.tsv").terms("length");
  /** Words after a bare "m" that end its phrase: "rose to 15.2m in May", "above 20m for the first time". */
  private static final java.util.Set<String> PHRASE_ENDS = Words.setOf("in", "on", "at", "to", "from", "a", "an", "and",
      "or", "for", "by", "last", "this", "than", "over", "after", "before", "since", "during", "year", "per", "each");

  /**
   * Whether a bare "m" after a number is a million by what surrounds it: a plural noun after it ("12.5m units"), or
   * the end of its phrase in a sentence that speaks of no length ({@code numbers/length-words.tsv}): "rose 2.2% to
   * 15.2m", not "the wave reached 15m".
   */
  static boolean millionByContext(String s, int end) {
    int k = end;
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    int w = k;
    while (w < s.length() && Character.isLetter(s.charAt(w))) {
      w++;
    }
    String next = s.substring(k, w).toLowerCase(Locale.ROOT);
    if (!next.isEmpty() && !PHRASE_ENDS.contains(next)) {
      return next.length() > 3 && next.endsWith("s") && !next.endsWith("ss") && Lemmas.isNoun(next)
          && !LENGTH_WORDS.contains(next); // "12.5m units"; not "15m waves"
    }
    if (!next.isEmpty() || k >= s.length() || ".,;:)!?–—-\"”".indexOf(s.charAt(k)) >= 0) {
      for (String word : Words.of(s.toLowerCase(Locale.ROOT))) {
        if (LENGTH_WORDS.contains(Words.letters(word))) {
          return false; // "the wave reached 15m"
        }
      }
      return true;
    }
    return false;
  }

  static boolean followedByCountNoun(String s, int end) {
    String rest = s.substring(end).stripLeading();
    return COUNT_NOUN_AFTER.matcher(rest).matches();
  }

  static boolean overlaps(List<NumberMention> ms, int start, int end) {
    for (NumberMention n : ms) {
      if (start < n.end() && n.start() < end) {
        return true;
      }
    }
    return false;
  }

  /**
   * After "by", whether "A to B" is a change and the level it reached ("fell by 4 points to 38%", "rose by 39,000 to
   * 31.8 million") rather than a range of change ("by 10 to 15%"): A has a unit of its own, or B is far larger than A
   * (the ends of a range are of one size; a level dwarfs the step that reached it).
   */
  static boolean changeThenLevel(NumberMention a, NumberMention b) {
    return a.unit() != null || b.value() >= LEVEL_OVER_STEP * Math.abs(a.value());
  }

  /**
   * Whether the text before a figure ends with a change word ("rose £2 to £14", "fell 2.5p to 142.9p"): a step and
   * the level it reached, where {@link #changeThenLevel} agrees, as after "by".
   */
  static boolean changeWordBefore(String before) {
    Matcher w = LAST_WORD.matcher(before);
    return w.find() && Changes.changeClass(w.group(1)) != null;
  }

  /** "lost 0.8% to 20,410": a verb that moves a share ({@link Changes#shareMove}) before a share. */
  static boolean shareMoveBefore(String before, NumberMention a) {
    Matcher w = LAST_WORD.matcher(before);
    return w.find() && Changes.shareMove(w.group(1).toLowerCase(Locale.ROOT), a.unit()) != null;
  }

  /** How many times its step a level is at least, for "by A to B" to read as step and level. */
  static final double LEVEL_OVER_STEP = 4;

  /** A scale word written after the range's second number only ("10-12 million", "between 2 and 3 billion"). */
  private static final Pattern SCALE_AT_END = Pattern.compile("(?i)\\d[\\s-]?(" + SCALE_WORDS + ")(?![\\p{L}\\d])");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  /** The scale the second number of a range gives the first, which is written bare: 1 when none. */
  private static double sharedScale(String s, NumberMention a, NumberMention b) {
    if (!PLAIN_NUMBER.matcher(s.substring(a.start(), a.end())).matches()) {
      return 1;
    }
    Matcher scale = SCALE_AT_END.matcher(s.substring(b.start(), b.end()));
    if (!scale.find()) {
      return 1;
    }
    double factor = scaleOf(scale.group(1).toLowerCase(Locale.ROOT));
    return a.value() * factor <= b.value() ? factor : 1;
  }

  static List<NumberMention> mergeRanges(String s, List<NumberMention> ms) {
    List<NumberMention> out = new ArrayList<>();
    boolean[] sport = new boolean[2]; // {is a sports sentence, is not}: both false until looked at
    for (int i = 0; i < ms.size(); i++) {
      NumberMention a = ms.get(i);
      if (i + 1 < ms.size() && !a.vague()) {
        NumberMention b = ms.get(i + 1);
        String between = s.substring(a.end(), b.start()).toLowerCase(Locale.ROOT);
        String before = s.substring(Math.max(0, a.start() - 9), a.start()).toLowerCase(Locale.ROOT);
        String wider = s.substring(Math.max(0, a.start() - 20), a.start()).toLowerCase(Locale.ROOT);
        boolean dash = DASH_BETWEEN.matcher(between).matches() || TO_BETWEEN.matcher(between).matches()
            && !UP_BEFORE.matcher(before).matches()
            // "by 10 to 15%" is a range; "rose £35 to £480" a step and a level
            && !((BY_BEFORE.matcher(wider).matches() || changeWordBefore(wider) || shareMoveBefore(wider, a))
            && changeThenLevel(a, b));
        boolean betweenAnd = BETWEEN_BEFORE.matcher(before).matches() && AND_BETWEEN.matcher(between).matches();
        boolean fromTo = FROM_BEFORE.matcher(before).matches() && TO_BETWEEN.matcher(between).matches();
        if (dash && !fromTo && Votes.isTally(s, a, b)) {
          out.add(a); // "approved the budget 10-1": those for and those against, two figures
          out.add(b);
          i++;
          continue;
        }
        if (dash && !fromTo && isScore(s, a, b, sport)) { // "fell from 71 to 46" is where a change began and ended
          i++;
          continue; // "won 3-1", "ended 24-17": a score, not two figures
        }
        boolean sameUnit = a.unit() == null || b.unit() == null || a.unit().equals(b.unit());
        if ((dash || betweenAnd || fromTo) && !b.vague() && b.value() >= a.value() && sameUnit) {
          double low = scaled(a.value(), sharedScale(s, a, b)); // "10-12 million": ten million
          String unit = a.unit() != null ? a.unit() : b.unit();
          out.add(new NumberMention(a.start(), b.end(), low, low, b.value(), false, unit,
              b.rate() != null ? b.rate() : a.rate()));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }
}
