package io.claimwire.enrich.text;

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
  private static final Pattern SCALED_END = Pattern.compile("\\d(?:k|m|bn|mn)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s*$");
  private static final Pattern CURRENCY_WORD = Pattern.compile("(?i)^\\s*(dollars|euros|pounds)\\b");
  private static final Pattern COUNT_NOUN_AFTER = Pattern.compile("(?s)^(people|residents|users|customers|voters|children|refugees|tons|tonnes|barrels|doses|visitors"
      + "|dollars|euros|pounds|yen|yuan|rupees|roubles|rubles|francs|subscribers|viewers|passengers|jobs)\\b.*");
  private static final Pattern DIGIT_SEPARATORS = Pattern.compile("[,\\s\\u00a0\\u202f\\u2009]");
  private static final Pattern UNIT_SUFFIX = Pattern.compile(
      "(?s)^(km2|km²|km/h|kmh|kph|km|kg|ha|hrs?|mins?|mph|mm|cm|ft|MW|GW|kWh|MWh|GWh|TWh|bn|mn|tn|k|m|b|%)(?![\\p{L}\\d]).*");
  private static final Pattern COMMA_NEXT = Pattern.compile("(?s)^\\s*,.*");
  private static final Pattern ENDS_A_CLAUSE = Pattern.compile(".*[.!?:\"“]$");
  private static final Pattern NAME_CONTINUES_AFTER = Pattern.compile("(?s)^(?:\\s*[.,;:)!?]|\\s*$|\\s+(?:on|in|at|was|is|will|has|had|were|are|and|for|to)\\b).*");
  private static final Pattern PLURAL_NOUN_NEXT = Pattern.compile("(?s)^[\\p{L}-]+s\\b.*");
  private static final Pattern YEAR_EVENT_NEXT = Pattern.compile("(?s)^(elections|olympics|games|talks|protests)\\b.*");
  private static final Pattern ONE_SCALE = Pattern.compile("(a|an|one) (hundred|thousand|million|billion|dozen)");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(?is)^-?(st|nd|rd|th)\\b.*");
  private static final Pattern PARTITIVE_PRONOUN = Pattern.compile("(?is)^\\s*(of|in)\\s+(them|us|the|those|these|his|her|their)\\b.*");
  private static final Pattern NOT_IN_A_WORD = Pattern.compile("[^\\p{L}'’-]");
  private static final Pattern DASH_BETWEEN = Pattern.compile("\\s*[-–—]\\s*");
  private static final Pattern TO_BETWEEN = Pattern.compile("\\s+to\\s+");
  private static final Pattern UP_BEFORE = Pattern.compile(".*\\bup\\s*$");
  private static final Pattern BY_BEFORE = Pattern.compile(
      ".*\\bby\\s+(?:(?:just|only|about|around|nearly|almost|some|roughly|a further|another)\\s+)?$");
  private static final Pattern BETWEEN_BEFORE = Pattern.compile(".*\\bbetween\\s+$");
  private static final Pattern AND_BETWEEN = Pattern.compile("\\s+and\\s+");
  private static final Pattern FROM_BEFORE = Pattern.compile(".*\\bfrom\\s+$");

  private static final String MONTHS = "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august"
      + "|sep|sept|september|oct|october|nov|november|dec|december";
  private static final Pattern DIGITS = Pattern.compile(
      "(US\\$|A\\$|C\\$|\\$|€|£|¥)?\\s?(\\d{1,3}(?:(?:,|[ \\u00a0\\u202f\\u2009])\\d{3})+(?:\\.\\d+)?(?!\\d|,\\d)|\\d+(?:\\.\\d+)?)"
          + "(?:\\s?(million|billion|trillion|thousand|mn|bn|tn|m|b|k)(?![\\p{L}\\d]))?");
  private static final Pattern VAGUE = Pattern.compile(
      "(?i)\\b(?=[tdshmb])(tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|dozens|scores|hundreds"
          + "|thousands|millions|billions)\\b");
  private static final Map<String, Double> VAGUE_VALUES = Map.of(
      "tens of thousands", 10_000d, "hundreds of thousands", 100_000d, "tens of millions", 10_000_000d,
      "hundreds of millions", 100_000_000d, "dozens", 12d, "scores", 20d, "hundreds", 100d, "thousands", 1_000d,
      "millions", 1_000_000d, "billions", 1_000_000_000d);
  private static final Map<String, Double> WORDS = Map.ofEntries(
      Map.entry("one", 1d), Map.entry("two", 2d), Map.entry("three", 3d), Map.entry("four", 4d), Map.entry("five", 5d),
      Map.entry("six", 6d), Map.entry("seven", 7d), Map.entry("eight", 8d), Map.entry("nine", 9d), Map.entry("ten", 10d),
      Map.entry("eleven", 11d), Map.entry("twelve", 12d), Map.entry("thirteen", 13d), Map.entry("fourteen", 14d),
      Map.entry("fifteen", 15d), Map.entry("sixteen", 16d), Map.entry("seventeen", 17d), Map.entry("eighteen", 18d),
      Map.entry("nineteen", 19d), Map.entry("twenty", 20d), Map.entry("thirty", 30d), Map.entry("forty", 40d),
      Map.entry("fifty", 50d), Map.entry("sixty", 60d), Map.entry("seventy", 70d), Map.entry("eighty", 80d),
      Map.entry("ninety", 90d));
  private static final Map<String, Double> SCALES = Map.of(
      "hundred", 100d, "thousand", 1_000d, "million", 1_000_000d, "billion", 1_000_000_000d,
      "trillion", 1_000_000_000_000d, "dozen", 12d);
  private static final Pattern WORD_NUMBER = Pattern.compile(
      "(?i)\\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
          + "|billion|trillion|dozen|half|and)(?:[\\s-]+|$|(?=[^\\p{L}])))+");
  private static final Pattern UNIT = Pattern.compile(
      "(?i)^(?:-|\\s)?(square kilomet(?:er|re)s?|sq\\.? ?km|km2|km²|square miles?|sq\\.? ?mi|miles per hour|mph"
          + "|kilomet(?:er|re)s per hour|km/h|kmh|kph|megawatts?|gigawatts?|mw|gw|feet|foot|ft|kilomet(?:er|re)s?|km"
          + "|millimet(?:er|re)s|centimet(?:er|re)s|mm|cm|miles?|hectares?|ha|acres?|metric tons?|tonnes?|tons?|kilograms?|kg|hours?|hrs?|days?|weeks?|months?"
          + "|years?|minutes?|mins?|seconds?|percentage points?|percent|per cent|%|dollars|euros|pounds|yuan"
          + "|roubles?|rubles?|hryvnias?|yen|rupees?)(?![\\p{L}\\d])");
  private static final Map<String, String> UNIT_CODES = Map.ofEntries(
      Map.entry("square kilomet", "km2"), Map.entry("sq km", "km2"), Map.entry("sq. km", "km2"), Map.entry("sqkm", "km2"),
      Map.entry("km2", "km2"), Map.entry("km²", "km2"), Map.entry("square mile", "mile2"), Map.entry("sq mi", "mile2"),
      Map.entry("miles per hour", "mph"), Map.entry("mph", "mph"), Map.entry("kilometres per hour", "kmh"),
      Map.entry("kilometers per hour", "kmh"), Map.entry("km/h", "kmh"), Map.entry("kmh", "kmh"), Map.entry("kph", "kmh"),
      Map.entry("megawatt", "mw"), Map.entry("mw", "mw"), Map.entry("gigawatt", "gw"), Map.entry("gw", "gw"),
      Map.entry("feet", "ft"), Map.entry("foot", "ft"), Map.entry("ft", "ft"),
      Map.entry("kilomet", "km"), Map.entry("millimet", "mm"), Map.entry("centimet", "cm"), Map.entry("mm", "mm"), Map.entry("cm", "cm"), Map.entry("km", "km"), Map.entry("mile", "mile"), Map.entry("hectare", "hectare"),
      Map.entry("ha", "hectare"), Map.entry("acre", "acre"), Map.entry("metric ton", "tonne"), Map.entry("tonne", "tonne"),
      Map.entry("ton", "tonne"), Map.entry("kilogram", "kg"), Map.entry("kg", "kg"), Map.entry("hour", "hour"),
      Map.entry("hr", "hour"), Map.entry("day", "day"), Map.entry("week", "week"), Map.entry("month", "month"),
      Map.entry("year", "year"), Map.entry("minute", "minute"), Map.entry("min", "minute"), Map.entry("second", "second"),
      Map.entry("percentage point", "percentage_point"), Map.entry("percent", "percent"), Map.entry("per cent", "percent"),
      Map.entry("%", "percent"), Map.entry("dollar", "usd"), Map.entry("euro", "eur"), Map.entry("pound", "gbp"),
      Map.entry("yuan", "cny"), Map.entry("yen", "jpy"), Map.entry("rupee", "inr"), Map.entry("rouble", "rub"), Map.entry("ruble", "rub"), Map.entry("hryvnia", "uah"));
  private static final Map<String, String> CURRENCY = Map.of("$", "usd", "US$", "usd", "A$", "aud", "C$", "cad",
      "€", "eur", "£", "gbp", "¥", "jpy");
  private static final Pattern RATE = Pattern.compile("(?i)^\\s*(?:a|per|each|every)\\s+(day|week|month|year|hour)\\b"
      + "(?!\\s+(?:earlier|later|ago|before|after)\\b)"); // "4.6% a month earlier" is when, not how often
  private static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December", "Sept"};

  /**
   * Dates name their month as a word with a capital ("Dec.", "March 3"): a sentence without one has no date to
   * block ("may" is a verb, "Marrow" a name).
   */
  static boolean namesAMonth(String s) {
    for (int at = 0; at + 3 <= s.length(); at++) {
      char c = s.charAt(at);
      if ("JFMASOND".indexOf(c) < 0 || at > 0 && Character.isLetter(s.charAt(at - 1))) {
        continue;
      }
      for (String month : MONTH_NAMES) {
        if (month.charAt(0) != c || !s.regionMatches(at, month, 0, 3)) {
          continue;
        }
        int end = at + 3;
        while (end < s.length() && end - at < month.length() && s.charAt(end) == month.charAt(end - at)) {
          end++;
        }
        if (end >= s.length() || !Character.isLetter(s.charAt(end))) {
          return true; // "Dec", "Sept", "March", but not "Marrow"
        }
      }
    }
    return false;
  }

  /** One test object for every gate that needs a month, so {@link Gates} runs it once per sentence. */
  private static final java.util.function.Predicate<String> NAMES_A_MONTH = NumberParser::namesAMonth;

  /** Spans whose numbers are never figures, each behind the cheap test of what it needs. */
  private static final Gates NOT_FIGURE_SPANS = new Gates(
      Gate.when(Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"), s -> Gate.digitFollowedBy(s, "-")),
      Gate.when(Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b"), s -> Gate.joinedTwice(s, "/.")),
      // Times: "10:30", "4.15am", "9 a.m."; "3.50" alone is a decimal, not a time.
      Gate.when(Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?(?![\\d])|\\b\\d{1,2}\\.\\d{2}\\s*(?:a\\.?m\\b\\.?|p\\.?m\\b\\.?)"
          + "|\\b\\d{1,2}\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)\\b"),
          s -> Gate.digitJoinedBy(s, ":") || Gate.digitFollowedBy(s, "aApP") || Gate.digitSpaceAmPm(s)),
      Gate.when(Pattern.compile("(?i)\\b(?=[jfmasond])(?:" + MONTHS + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b"), NAMES_A_MONTH),
      Gate.when(Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\b\\.?(?:,?\\s+\\d{4})?"), NAMES_A_MONTH),
      Gate.when(Pattern.compile("(?i)\\b(?=[jfmasond])(?:" + MONTHS + ")\\.?\\s+\\d{4}\\b"), NAMES_A_MONTH),
      Gate.words(Pattern.compile("(?i)\\b\\d+(?:-|\\s)years?(?:-|\\s)old\\b|\\baged\\s+\\d+|\\b\\d+\\s?mm\\b(?!\\s+of\\s+(?:rain|rainfall|snow|precipitation|water))|\\b\\d+-millimet(?:er|re)\\b"),
          "year", "years", "aged", "mm", "millimetre", "millimeter"),
      Gate.when(Pattern.compile("(?i)\\b\\d+(?:st|nd|rd|th)\\b|\\b\\d{4}s\\b|\\[\\d+\\]|#\\d+"),
          s -> Gate.digitFollowedBy(s, "sSnNrRtT]") || s.indexOf('#') >= 0),
      Gate.when(Pattern.compile("\\+\\d[\\d\\s().-]{7,}\\d|\\(?\\b\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b"), s -> s.indexOf('+') >= 0 || Gate.digitGroups(s)),
      Gate.words(Pattern.compile("\\b\\d+\\s+\\p{Lu}\\p{L}+\\s+(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Drive|Way|Square)\\b"),
          "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "square"),
      Gate.words(Pattern.compile("(?i)\\b(?:page|p\\.|pp\\.|no\\.|number|article|section|chapter|resolution|flight|route|highway|room"
          + "|gate|level|grade|gr\\.|phase|stage|round|episode|season|part|item|rule|paragraph|clause|amendment"
          + "|platform|terminal|line|bus|unit|brigade|division|regiment|battalion|corps|squad|vol\\.|volume|version|v\\.)\\s*\\d+"),
          "page", "p", "pp", "no", "number", "article", "section", "chapter", "resolution", "flight", "route", "highway",
          "room", "gate", "level", "grade", "gr", "phase", "stage", "round", "episode", "season", "part", "item", "rule",
          "paragraph", "clause", "amendment", "platform", "terminal", "line", "bus", "unit", "brigade", "division",
          "regiment", "battalion", "corps", "squad", "vol", "volume", "version", "v"),
      Gate.words(Pattern.compile("(?i)\\b(?:\\d+\\s*)?(?:min|mins|minute|minutes)\\s+read\\b"), "read"),
      // The denominator of a rate: "9.4 per 100,000 people", "per 1,000 births".
      Gate.words(Pattern.compile("(?i)(?<=\\bper\\s(?:every\\s)?)(?:\\d{1,3}(?:[,\\u00a0\\u2009\\u202f ]\\d{3})+|10+|hundred|thousand|million)\\b"),
          "per"),
      // An age band of a group: "children under five", "adults over 65", "people aged over 80".
      Gate.words(Pattern.compile("(?i)\\b(?:children|kids|babies|infants|adults|people|those|residents|patients|girls|boys|pupils"
          + "|men|women|drivers|voters)\\s+(?:aged\\s+)?(?:under|over|below|above)\\s+(?:the\\s+age\\s+of\\s+)?"
          + "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|twenty|twenty-one|thirty|forty|fifty|sixty|sixty-five|seventy|eighty|ninety)\\b(?![,.]\\d)(?!\\s*(?:%|percent|per\\s+cent))"),
          "under", "over", "below", "above"),
      // "a one-off payment", "a one-time fee", "one-way tickets": an adjective, not a count.
      Gate.words(Pattern.compile("(?i)\\b(?:an?\\s+)?one-(?:off|time|way|sided)\\b"), "off", "time", "way", "sided"),
      // "in the last 24 hours" is a period; "expected to last 18 months" is a duration, a figure.
      // The keyword is looked for first (cheap), the words before it only where it is found.
      Gate.words(Pattern.compile("(?i)\\b(?=(?:last|past|previous|next|coming|first)\\s)"
          + "(?<=\\b(?:in|over|during|within|for)\\s(?:just\\s)?(?:the\\s)?|\\bthe\\s|^)"
          + "(?:last|past|previous|next|coming|first)\\s+(?:\\d+|\\p{L}+)\\s+(?:hours?|days?|weeks?|months?|years?|decades?)\\b"),
          "last", "past", "previous", "next", "coming", "first"),
      Gate.when(Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\b"),
          NAMES_A_MONTH),
      Gate.when(Pattern.compile("\\b\\d+\\.\\d+\\.\\d+(?:\\.\\d+)*\\b"), s -> Gate.joinedTwice(s, ".")),
      // A time told from another: "two years ago", "one day after", "three weeks later" place an event, count nothing.
      Gate.words(Pattern.compile("(?i)\\b(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
          + "(?:hours?|days?|weeks?|months?|years?|decades?)\\s+(?:ago|earlier|later|after|before)\\b"),
          "ago", "earlier", "later", "after", "before"),
      // A reporting period: "the three months to December", "the six months ended June 30", "the 12 months through May".
      Gate.words(Pattern.compile("(?i)\\bthe\\s+(?:same\\s+)?(?:\\d+|three|six|nine|twelve)\\s+months\\s+(?:to|ended|ending|through"
          + "|a\\s+year\\s+(?:earlier|before|ago))\\b"), "months"),
      // "for the first time in 5 and 1/2 years": how long since, a time reference, not a figure.
      Gate.words(Pattern.compile("(?i)\\bfirst\\s+time\\s+(?:in|since)\\s+(?:(?:almost|nearly|more\\s+than|over|about)\\s+)?"
          + "(?:\\d+|\\p{L}+)(?:\\s+and\\s+(?:a\\s+half|\\d/\\d))?\\s+(?:years?|months?|decades?|weeks?)\\b"), "time"),
      // A financial or sports year: "2015-16", "the 2010-11 season", "2007/08".
      Gate.when(Pattern.compile("\\b(?:19|20)\\d{2}[-–/]\\d{2}\\b(?![-–/]\\d)"), s -> Gate.digitFollowedBy(s, "-–/")),
      // A year naming what it dates: "below 2013 levels", "the 2019 census" (the nouns: counted.tsv, class dated).
      Gate.when(Pattern.compile("(?i)\\b(?:19|20)\\d{2}(?=\\s+(?:" + String.join("|", Lexicon.load("counted.tsv").termsOf("dated"))
          + ")\\b)"), Gate::yearThenSpace),
      // A clock time without minutes: "about 9 p.m.", "[11 a.m.".
      Gate.when(Pattern.compile("(?i)\\b\\d{1,2}\\s*(?:a\\.m\\.?|p\\.m\\.?)"), s -> Gate.digitSpaceAmPm(s) || Gate.digitFollowedBy(s, "aApP")),
      // An identifier on a page: "News ID: 643479", "Ref: 2291".
      Gate.words(Pattern.compile("(?i)\\b(?:id|ref|reference|ticket|case\\s+no)\\s*[:#.]?\\s*\\d+"), "id", "ref", "reference",
          "ticket", "no"),
      Gate.when(Pattern.compile("(?<![\\d.,])\\b0\\d{2,}(?:[\\s-]\\d{2,})*\\b"), Gate::leadingZero));
  private static final Pattern OTHER_CALENDAR_BEFORE = Pattern.compile(
      "(?i)\\b(?:in|since|until|from|year of|year|during|to|and|of)\\s+$");
  private static final Pattern YEAR_CONTEXT = Pattern.compile(
      "(?i)(?:\\b(?:in|since|by|until|till|from|of|during|early|late|mid|year|before|after|throughout|the|,|through|between|and|to)\\s*|-)$");
  private static final Set<String> DETERMINERS = Lexicon.load("numbers/determiners.tsv").terms("determiners");

  /** Every figure in the sentence, in order of appearance. */
  public List<NumberMention> parse(String sentence) {
    return parse(sentence, Gate.words(sentence));
  }

  /** As {@link #parse(String)}, with the sentence's lower-case words already at hand. */
  List<NumberMention> parse(String sentence, Set<String> words) {
    boolean digits = hasDigit(sentence);
    boolean numberWords = false;
    for (String w : words) {
      numberWords |= NUMBER_WORDS.contains(w);
    }
    if (!digits && !numberWords) {
      return List.of(); // the cheap scan: most sentences hold no number at all
    }
    boolean[] blocked = new boolean[sentence.length() + 1];
    boolean[] open = NOT_FIGURE_SPANS.worthTrying(sentence, words);
    for (int g = 0; g < open.length; g++) {
      if (!open[g]) {
        continue;
      }
      Matcher m = NOT_FIGURE_SPANS.get(g).pattern().matcher(sentence);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          blocked[i] = true;
        }
      }
    }
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
      if (!isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n && isLetter(s.charAt(i))) {
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

  /** {@code Character.isLetter}, answered without a table look-up for ASCII. */
  private static boolean isLetter(char c) {
    return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
  }

  /** Whether the ASCII letters at [start, start + len) are a number word in any case, without a copy of them. */
  private static boolean isNumberWord(String s, int start, int len) {
    for (String w : NUMBER_WORDS_BY_LENGTH[len]) {
      int k = 0;
      while (k < len && (s.charAt(start + k) | 0x20) == w.charAt(k)) {
        k++;
      }
      if (k == len) {
        return true;
      }
    }
    return false;
  }

  private static final String NUMBER_WORD_INITIALS = "otfsenhmbdq";

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words that can start or make a figure without a digit. */
  private static final Set<String> NUMBER_WORDS = numberWords();

  /** {@link #NUMBER_WORDS} by length, for {@link #isNumberWord}. */
  private static final String[][] NUMBER_WORDS_BY_LENGTH = byLength(NUMBER_WORDS);

  private static String[][] byLength(Set<String> words) {
    int longest = words.stream().mapToInt(String::length).max().orElse(0);
    String[][] out = new String[Math.max(longest + 1, 10)][];
    for (int len = 0; len < out.length; len++) {
      int l = len;
      out[len] = words.stream().filter(w -> w.length() == l).sorted().toArray(String[]::new);
    }
    return out;
  }

  private static Set<String> numberWords() {
    Set<String> w = new java.util.HashSet<>(WORDS.keySet());
    w.addAll(SCALES.keySet());
    w.addAll(List.of("dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens", "half", "third",
        "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"));
    return Set.copyOf(w);
  }

  private void findDigits(String s, boolean[] blocked, List<NumberMention> out) {
    Matcher m = DIGITS.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    // Try the pattern only where a number can start: a digit or a currency sign, not every position.
    for (int at = 0; at < s.length(); at++) {
      char c = s.charAt(at);
      boolean candidate = c >= '0' && c <= '9' && (at == 0 || !Character.isDigit(s.charAt(at - 1)))
          || c == '$' || c == '€' || c == '£' || c == '¥' || (c == 'U' || c == 'A' || c == 'C') && s.startsWith("$", at + (c == 'U' ? 2 : 1));
      if (!candidate || !m.region(at, s.length()).lookingAt()) {
        continue;
      }
      at = Math.max(at, m.end() - 1);
      int numStart = m.start(2);
      int start = m.group(1) != null ? m.start(1) : numStart;
      int end = m.end();
      if (blocked[numStart] || isDesignation(s, start, m.end(2), m.group(3))) {
        continue;
      }
      String digits = DIGIT_SEPARATORS.matcher(m.group(2)).replaceAll("");
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
      if ("m".equals(scale) && m.group(1) == null && !followedByCountNoun(s, end)) {
        end = m.end(2);
        scale = null; // "2.5m" without a currency or counted noun is metres
      }
      value *= scaleOf(scale);
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

  private static double scaleOf(String scale) {
    if (scale == null) {
      return 1;
    }
    return switch (scale) {
      case "k", "thousand" -> 1e3;
      case "m", "mn", "million" -> 1e6;
      case "b", "bn", "billion" -> 1e9;
      case "tn", "trillion" -> 1e12;
      default -> 1;
    };
  }

  private static boolean followedByCountNoun(String s, int end) {
    String rest = s.substring(end).stripLeading();
    return COUNT_NOUN_AFTER.matcher(rest).matches();
  }

  private static boolean isDesignation(String s, int start, int numEnd, String scale) {
    if (start > 0) {
      char before = s.charAt(start - 1);
      if (Character.isLetter(before)) {
        return true; // "A320", "Gr23"
      }
      if ((before == '-' || before == '.') && start > 1 && Character.isLetter(s.charAt(start - 2))
          && !endsWithScaledNumber(s, start - 1)) {
        return true; // "F-16", "Su-35S", "Gr.23"; but "5k-20k" is a range
      }
    }
    if (scale == null && numEnd < s.length() && Character.isLetter(s.charAt(numEnd))) {
      String tail = s.substring(numEnd).toLowerCase(Locale.ROOT);
      return !UNIT_SUFFIX.matcher(tail).matches();
    }
    if (numEnd + 1 < s.length() && s.charAt(numEnd) == '-' && Character.isLetter(s.charAt(numEnd + 1))
        && Character.isUpperCase(s.charAt(numEnd + 1))) {
      return true; // "50-Ni", model codes
    }
    return false;
  }

  private static final Pattern NAME_COMMA = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,\\s*$");
  private static final Pattern CAPITALISED_BEFORE = Pattern.compile("(\\S+)\\s+(\\p{Lu}[\\p{L}]+)\\s+$");
  private static final Set<String> NOT_MODEL_WORDS = Lexicon.load("numbers/not-model-words.tsv").terms("not-model-words");

  /** "Maria Lopes, 62, has run": a small number between commas right after a name is an age. */
  private static boolean isAgeAppositive(String s, int start, int end, double value) {
    int before = start - 1;
    while (before >= 0 && s.charAt(before) == ' ') {
      before--;
    }
    if (value > 120 || before < 0 || s.charAt(before) != ',') {
      return false;
    }
    return NAME_COMMA.matcher(s.substring(Math.max(0, start - 40), start)).find()
        && COMMA_NEXT.matcher(s.substring(end)).matches();
  }

  /** "the Pixel 9 on Tuesday", "Apollo 11 landed": a bare number right after a name inside the sentence is part of it. */
  private static boolean isModelNumber(String s, int start, int end) {
    int before = start - 1;
    while (before >= 0 && s.charAt(before) == ' ') {
      before--;
    }
    int wordStart = before;
    while (wordStart > 0 && (Character.isLetter(s.charAt(wordStart - 1)) || s.charAt(wordStart - 1) == '&')) {
      wordStart--; // "S&P 500"
    }
    if (before < 0 || before == start - 1 || !Character.isLetter(s.charAt(before))
        || !Character.isUpperCase(s.charAt(wordStart))
        && !(wordStart < before && Character.isUpperCase(s.charAt(wordStart + 1)))) { // "iPhone 6", "eBay"
      return false; // the word right before the number is not a capitalised name
    }
    String name = s.substring(wordStart, before + 1);
    if (NOT_MODEL_WORDS.contains(name.toLowerCase(Locale.ROOT)) || MONTH_OR_DAY.matcher(name).matches()) {
      return false;
    }
    String after = s.substring(end);
    if (wordStart > 0 && BARE_SMALL_INTEGER.matcher(s.substring(start, end)).matches() && namesAThingNext(after)) {
      return true; // "the S&P 500 tumbled", "its Falcon 1 rocket", "District Lodge 751 President": a name, not a count
    }
    boolean countedNext = PLURAL_NOUN_NEXT.matcher(after.stripLeading()).matches();
    Matcher m = CAPITALISED_BEFORE.matcher(s.substring(Math.max(0, start - 40), start));
    if (!m.find()) {
      // the name opens the sentence: "Boeing 737 Max jets", not "Boeing 737 jets"
      return s.substring(0, wordStart).isBlank() && CAPITALISED_NEXT.matcher(after).matches();
    }
    if (ENDS_A_CLAUSE.matcher(m.group(1)).matches()) {
      return false;
    }
    String prev = m.group(1);
    if ((NAME_OPENERS.contains(prev.toLowerCase(Locale.ROOT)) || Character.isDigit(prev.charAt(0))) && !countedNext) {
      return true; // "a Tupolev 204 Freighter", "the Voyager 2 antenna", "737 Max 8 operated"
    }
    return NAME_CONTINUES_AFTER.matcher(after).matches();
  }

  private static final Pattern BARE_SMALL_INTEGER = Pattern.compile("\\d{1,4}");
  private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}[\\p{L}'’-]*)\\b.*", Pattern.DOTALL);
  /** Plural nouns that do not end in s: after a name and a number they are what was counted ("Gaza 40 people"). */
  private static final Lexicon COUNTED = Lexicon.load("counted.tsv");

  /**
   * After a capitalised name and a bare number, the next word says whether the number is part of the name: a
   * capitalised word, or a lower-case word that is no plural, makes it one; a plural noun ("Gaza 40 people",
   * "Kursk 300 troops") makes it a count.
   */
  private static boolean namesAThingNext(String after) {
    Matcher m = NEXT_WORD.matcher(after);
    if (!m.matches()) {
      return false;
    }
    String[] words = Words.of(after.strip(), 5);
    int i = 0;
    while (i < words.length - 1 && i < 3 && Character.isUpperCase(words[i].charAt(0))) {
      i++; // "40 Ukrainian soldiers", "300 North Korean troops": capitalised modifiers of a plural
    }
    String w = NOT_IN_A_WORD.matcher(words[i]).replaceAll("");
    if (w.isEmpty()) {
      return i > 0;
    }
    if (Character.isUpperCase(w.charAt(0))) {
      return true;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    boolean counted = lower.endsWith("s") || COUNTED.classOf(lower) != null; // a plural or a unit
    return !counted;
  }

  /** Words after which a capitalised word and a number name a thing, not a count ("a Boeing 737"). */
  private static final Set<String> NAME_OPENERS = Lexicon.load("numbers/name-openers.tsv").terms("name-openers");
  private static final Pattern CAPITALISED_NEXT = Pattern.compile("(?s)^\\s+\\p{Lu}\\p{Ll}.*");

  private static final Pattern MONTH_OR_DAY = Pattern.compile("(?i)(?:" + MONTHS
      + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?");

  /** "5k" or "2.5m" right before {@code end}. */
  private static boolean endsWithScaledNumber(String s, int end) {
    return SCALED_END.matcher(s.substring(Math.max(0, end - 4), end)).find();
  }

  private static boolean isYear(String s, int start, int end, double value, String digits) {
    if (digits.length() == 4 && value >= 1300 && value < 1500 && !digits.contains(".")) {
      // a Solar Hijri or Hijri year ("the Iranian year of 1398", "in 1401"): only where a year is expected
      String after = s.substring(end).stripLeading().toLowerCase(Locale.ROOT);
      return OTHER_CALENDAR_BEFORE.matcher(s.substring(Math.max(0, start - 12), start)).find()
          && !PLURAL_NOUN_NEXT.matcher(after).matches();
    }
    if (digits.length() != 4 || value < 1800 || value > 2100 || digits.contains(".")) {
      return false;
    }
    String before = s.substring(Math.max(0, start - 12), start);
    if (YEAR_CONTEXT.matcher(before).find()) {
      return true;
    }
    String after = s.substring(end).stripLeading().toLowerCase(Locale.ROOT);
    // "1850 soldiers" is a count; a bare year is followed by anything else.
    return !PLURAL_NOUN_NEXT.matcher(after).matches() || YEAR_EVENT_NEXT.matcher(after).matches();
  }

  private static final Pattern FRACTION = Pattern.compile(
      "(?i)\\b(a|one|two|three|four)[\\s-](half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)(?=\\s+of\\b)"
          + "|\\b(half)(?=\\s+(?:of\\s+)?(?:the|all|its|their|those|these)\\b)");
  private static final Map<String, Double> FRACTION_PARTS = Map.of("half", 2d, "third", 3d, "thirds", 3d, "quarter", 4d,
      "quarters", 4d, "fifth", 5d, "fifths", 5d, "tenth", 10d, "tenths", 10d);

  private static final Pattern RATIO = Pattern.compile(
      "(?i)\\b(one|two|three|four|five|six|seven|eight|nine|\\d{1,3})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?"
          + "(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\\s+hundred|\\d{1,4})\\b(?![.,]\\d)");

  /** "one in five households", "nine out of 10 nurses": a share, given in percent. */
  private void findRatios(String s, boolean[] blocked, List<NumberMention> out) {
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

  private static Double ratioTerm(String t) {
    String w = Gate.WHITESPACE.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
    if (Character.isDigit(w.charAt(0))) {
      return Double.parseDouble(w);
    }
    return w.endsWith("hundred") ? Double.valueOf(100) : WORDS.get(w);
  }

  /** "a third of", "two-thirds of", "half the": a share, given in percent so it compares with percentages. */
  private void findFractions(String s, boolean[] blocked, List<NumberMention> out) {
    Matcher m = FRACTION.matcher(s);
    while (m.find()) {
      if (blocked[m.start()]) {
        continue;
      }
      double share;
      if (m.group(3) != null) {
        share = 0.5;
      } else {
        String count = m.group(1).toLowerCase(Locale.ROOT);
        double n = count.equals("a") || count.equals("one") ? 1 : WORDS.get(count);
        share = n / FRACTION_PARTS.get(m.group(2).toLowerCase(Locale.ROOT));
      }
      out.add(new NumberMention(m.start(), m.end(), share * 100, null, null, false, "percent", null));
    }
  }

  private void findVague(String s, boolean[] blocked, List<NumberMention> out) {
    Matcher m = VAGUE.matcher(s);
    while (m.find()) {
      if (blocked[m.start()] || overlaps(out, m.start(), m.end())) {
        continue;
      }
      double v = VAGUE_VALUES.get(m.group(1).toLowerCase(Locale.ROOT));
      out.add(new NumberMention(m.start(), m.end(), v, null, null, true, null, null));
    }
  }

  private void findWords(String s, boolean[] blocked, List<NumberMention> out) {
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
      if (lower.equals("and") || lower.isEmpty() || blocked[start] || overlaps(out, start, start + lower.length())) {
        continue;
      }
      Double value = wordsToNumber(lower);
      if (value == null || value == 0d && !lower.equals("zero") // "the first half" alone is no figure
          || value == 1d && !ONE_SCALE.matcher(lower).matches()) {
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

  /**
   * Where a number in words can start: a number word, or "a"/"an" right before one ("a thousand"). The pattern runs
   * from these places only, not from every word of the sentence.
   */
  private static List<Integer> numberWordStarts(String s) {
    List<Integer> starts = new ArrayList<>();
    int n = s.length();
    int i = 0;
    int articleAt = -1;
    while (i < n) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      String w = s.substring(start, i).toLowerCase(Locale.ROOT);
      if (NUMBER_WORDS.contains(w)) {
        starts.add(articleAt >= 0 ? articleAt : start);
      }
      articleAt = w.equals("a") || w.equals("an") ? start : -1;
    }
    return starts;
  }

  private static int lengthOfWords(String s, int start, int words) {
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

  private static boolean precededByDeterminer(String s, int start) {
    Matcher m = LAST_WORD.matcher(s.substring(Math.max(0, start - 30), start));
    return m.find() && DETERMINERS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  private static boolean overlaps(List<NumberMention> ms, int start, int end) {
    for (NumberMention n : ms) {
      if (start < n.end() && n.start() < end) {
        return true;
      }
    }
    return false;
  }

  private static NumberMention attachUnit(String s, NumberMention n) {
    String unit = n.unit();
    int end = n.end();
    String rest = s.substring(end);
    Matcher u = UNIT.matcher(rest);
    if (unit == null && u.find()) {
      String word = u.group(1).toLowerCase(Locale.ROOT);
      unit = bestUnit(word);
      end += u.end();
    } else if (unit != null) {
      Matcher cur = CURRENCY_WORD.matcher(rest);
      if (cur.find()) {
        end += cur.end();
      }
    }
    String rate = null;
    Matcher r = RATE.matcher(s.substring(end));
    if (r.find()) {
      rate = "per " + r.group(1).toLowerCase(Locale.ROOT);
    }
    return n.withEnd(end, unit, rate);
  }

  private static String bestUnit(String word) {
    String best = null;
    int bestLen = -1;
    String w = Gate.WHITESPACE.matcher(word).replaceAll(" ");
    for (Map.Entry<String, String> e : UNIT_CODES.entrySet()) {
      if (w.startsWith(e.getKey()) && e.getKey().length() > bestLen) {
        best = e.getValue();
        bestLen = e.getKey().length();
      }
    }
    return best;
  }

  private static final Pattern SPORT = Pattern.compile("(?i)\\b(won|win|wins|lost|lose|loses|drew|draw|beat|beats|beaten"
      + "|defeat|defeated|victory|score|scored|final|match|game|lead|led|tie|tied|goals?|points|half-time|halftime)\\b");

  /** Two small whole numbers joined by a dash, going down or in a sports sentence: a score. */
  private static boolean isScore(String s, NumberMention a, NumberMention b, boolean[] sport) {
    boolean small = a.value() < 1000 && b.value() < 1000 && a.value() == Math.rint(a.value())
        && b.value() == Math.rint(b.value()) && a.unit() == null && b.unit() == null;
    if (!small) {
      return false;
    }
    if (a.value() > b.value()) {
      return true;
    }
    if (a.value() >= 100 || b.value() >= 100) {
      return false;
    }
    if (sport[0] == sport[1]) { // not looked yet: look once per sentence
      sport[0] = SPORT.matcher(s).find();
      sport[1] = !sport[0];
    }
    return sport[0];
  }

  private static List<NumberMention> mergeRanges(String s, List<NumberMention> ms) {
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
            && !(a.unit() != null && BY_BEFORE.matcher(wider).matches()); // "fell by 4 points to 38%", "by 10 to 15%" a range
        boolean betweenAnd = BETWEEN_BEFORE.matcher(before).matches() && AND_BETWEEN.matcher(between).matches();
        boolean fromTo = FROM_BEFORE.matcher(before).matches() && TO_BETWEEN.matcher(between).matches();
        if (dash && isScore(s, a, b, sport)) {
          i++;
          continue; // "won 3-1", "ended 24-17": a score, not two figures
        }
        boolean sameUnit = a.unit() == null || b.unit() == null || a.unit().equals(b.unit());
        if ((dash || betweenAnd || fromTo) && !b.vague() && b.value() >= a.value() && sameUnit) {
          double low = a.value();
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
