package io.claimwire.enrich.text;

import static io.claimwire.enrich.text.NumberParser.*;
import static io.claimwire.enrich.text.Units.*;
import static io.claimwire.enrich.text.WordNumbers.*;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are never figures, by class: dates and times in common formats, ages, ordinals, phone numbers,
 * addresses, designations and model names ("F-16", "Su-35S"), list and page numbers, reporting periods, years that
 * date what they name, identifiers on a page, and scores of a game.
 */
final class NotFigures {
  private NotFigures() {}

  static final String MONTHS = "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august"
      + "|sep|sept|september|oct|october|nov|november|dec|december";

  static final String[] MONTH_NAMES = {"January", "February", "March", "April", "May", "June", "July",
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
  static final java.util.function.Predicate<String> NAMES_A_MONTH = NotFigures::namesAMonth;

  /** Number words that may be joined to a unit ("six-lane", "twenty-storey"). */
  private static final String NUMBER_WORDS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
      + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
      + "|hundred|thousand)";

  private static final java.util.List<String> KIND_UNITS = Lexicon.load("numbers/kind-units.tsv").termsOf("kind-units");
  /** Abbreviations of time zones after a clock time ({@code numbers/time-zones.tsv}), lower case. */
  private static final java.util.List<String> TIME_ZONES = Lexicon.load("numbers/time-zones.tsv").termsOf("zone");

  /** Spans whose numbers are never figures, each behind the cheap test of what it needs. */
  static final Gates NOT_FIGURE_SPANS = new Gates(
      Gate.when(Pattern.compile("\\b\\d{4}-\\d{1,2}-\\d{1,2}\\b"), s -> Gate.digitFollowedBy(s, "-")),
      Gate.when(Pattern.compile("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b"), s -> Gate.joinedTwice(s, "/.")),
      // Times: "10:30", "4.15am", "9 a.m."; "3.50" alone is a decimal, not a time.
      Gate.when(Pattern.compile("(?i)(?=\\d)(?:\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?(?![\\d])|\\b\\d{1,2}\\.\\d{2}\\s*(?:a\\.?m\\b\\.?|p\\.?m\\b\\.?)"
          + "|\\b\\d{1,2}\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)\\b)"),
          s -> Gate.digitJoinedBy(s, ":") || Gate.digitFollowedBy(s, "aApP") || Gate.digitSpaceAmPm(s)),
      Gate.when(Pattern.compile("(?i)(?=[jfmasond])\\b(?:" + MONTHS + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b"), NAMES_A_MONTH),
      Gate.when(Pattern.compile("(?i)(?=\\d)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\b\\.?(?:,?\\s+\\d{4})?"), NAMES_A_MONTH),
      Gate.when(Pattern.compile("(?i)(?=[jfmasond])\\b(?:" + MONTHS + ")\\.?\\s+\\d{4}\\b"), NAMES_A_MONTH),
      Gate.words(Pattern.compile("(?i)(?=[\\da])(?:\\b\\d+(?:-|\\s)years?(?:-|\\s)olds?\\b|\\baged\\s+(?:between\\s+|from\\s+)?\\d+(?:(?:\\s*,\\s*|\\s+(?:and|or|to)\\s+|\\s*[-–]\\s*)\\d{1,3}\\b(?![,.]\\d))*|\\b\\d+\\s?mm\\b(?!\\s+of\\s+(?:rain|rainfall|snow|precipitation|water))|\\b\\d+-millimet(?:er|re)\\b)"),
          "year", "years", "aged", "mm", "millimetre", "millimeter"),
      // The age of the youngest or oldest of a group: "the youngest victim was 79 and the oldest 97".
      Gate.words(Pattern.compile("(?i)\\b(?:youngest|oldest|eldest)\\b(?:\\s+\\p{L}+){0,3}?\\s+(?:was|is|being|aged)\\s+\\d{1,3}\\b(?![,.]\\d)"
          + "(?:\\s*(?:,|and|while)\\s+(?:the\\s+)?(?:youngest|oldest|eldest)(?:\\s+\\p{L}+){0,3}?\\s+(?:(?:was|is|aged)\\s+)?\\d{1,3}\\b(?![,.]\\d))?"),
          "youngest", "oldest", "eldest"),
      // How long since a level was last seen: "a three-month low", "a 52-week high", "a 10-year record" date a level.
      Gate.when(Pattern.compile("(?i)\\b(?:\\d+|\\p{L}+)-(?:years?|months?|weeks?|days?|decades?)\\s+(?:highs?|lows?|peaks?|records?|troughs?"
          + "|best|worst)\\b"), s -> s.contains("-year") || s.contains("-month") || s.contains("-week") || s.contains("-day")
          || s.contains("-decade")),
      // An exchange rate told aside: "($1 = 36.36 baht)", "(1 euro = 1.08 dollars)", "(£1 = $1.27)".
      Gate.when(Pattern.compile("(?i)\\(\\s*(?:US\\$|\\$|€|£|¥)?\\s?1(?:\\.0+)?\\s*\\p{L}{0,8}\\s*=\\s*[^()=]{1,30}\\)"),
          s -> s.indexOf('=') >= 0),
      // A kind of thing, not a count: "a 40-foot container", "40-tonne trucks", "a 25kg sack", "a six-lane motorway"
      // (units: numbers/kind-units.tsv); "25kg of rice" measures. Tried only where a unit word stands.
      Gate.words(Pattern.compile("(?i)(?=[\\dotfsenh])\\b(?:\\d+(?:[.,]\\d+)?-?(?:kg|km)|(?:\\d+(?:[.,]\\d+)?|" + NUMBER_WORDS + ")-(?:"
          + String.join("|", KIND_UNITS) + "))\\s+(?!of\\b|per\\b)(?=(?-i:\\p{Ll}))"), KIND_UNITS.toArray(String[]::new)),
      // How long since, after a superlative: "the deadliest quake in two decades", "the lowest rate in 12 years".
      // (the cheap look-ahead first: the look-behind is tried only where "in" stands)
      Gate.words(Pattern.compile("(?i)\\b(?=in\\s)(?<=\\b(?:\\p{L}{1,20}est|worst|best|most|least|first|record)\\b[^.;]{0,100})in\\s+"
          + "(?:over\\s+|more\\s+than\\s+|nearly\\s+|almost\\s+|at\\s+least\\s+)?(?:\\d+|two|three|four|five|six|seven|eight"
          + "|nine|ten|a)\\s+(?:decades?|years?|centuries?)\\b"), "decade", "decades", "year", "years", "century",
          "centuries"),
      // An age in words: "five-year-olds", "an eight-year-old".
      Gate.words(Pattern.compile("(?i)\\b\\p{L}+-years?-olds?\\b"), "old", "olds"),
      Gate.when(Pattern.compile("(?i)\\b\\d+(?:st|nd|rd|th)\\b|\\b\\d{4}s\\b|\\[\\d+\\]|#\\d+"),
          s -> Gate.digitFollowedBy(s, "sSnNrRtT]") || s.indexOf('#') >= 0),
      Gate.when(Pattern.compile("\\+\\d[\\d\\s().-]{7,}\\d|(?:\\b1[\\s.-])?\\(?\\b\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b"), s -> s.indexOf('+') >= 0 || Gate.digitGroups(s)),
      Gate.words(Pattern.compile("\\b\\d+\\s+\\p{Lu}\\p{L}+\\s+(?:Street|St\\.?|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Drive|Way|Square)\\b"),
          "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "square"),
      Gate.near(Pattern.compile("(?i)(?=[pnacsrfhlgeiuvbdtjw])\\b(?:page|p\\.|pp\\.|no\\.|number|article|section|chapter|resolution|flight|route|highway|room"
          + "|gate|level|grade|gr\\.|phase|stage|round|episode|season|part|item|rule|paragraph|clause|amendment"
          + "|platform|terminal|line|bus|unit|brigade|division|regiment|battalion|corps|squad|vol\\.|volume|version|v\\."
          + "|junction|exit|ward|berth|pier|flat|apartment|suite|block|plot|precinct|category|cat\\.)\\s*\\d+"), 0,
          "page", "p", "pp", "no", "number", "article", "section", "chapter", "resolution", "flight", "route", "highway",
          "room", "gate", "level", "grade", "gr", "phase", "stage", "round", "episode", "season", "part", "item", "rule",
          "paragraph", "clause", "amendment", "platform", "terminal", "line", "bus", "unit", "brigade", "division",
          "regiment", "battalion", "corps", "squad", "vol", "volume", "version", "v", "junction", "exit", "ward", "berth",
          "pier", "flat", "apartment", "suite", "block", "plot", "precinct", "category", "cat"),
      Gate.words(Pattern.compile("(?i)\\b(?:\\d+\\s*)?(?:min|mins|minute|minutes)\\s+read\\b"), "read"),
      // The denominator of a rate: "9.4 per 100,000 people", "per 1,000 births".
      Gate.words(Pattern.compile("(?i)(?<=\\bper\\s(?:every\\s)?)(?:\\d{1,3}(?:[,\\u00a0\\u2009\\u202f ]\\d{3})+|10+|hundred|thousand|million)\\b"),
          "per"),
      // An age band of a group: "children under five", "adults over 65", "people aged over 80".
      Gate.near(Pattern.compile("(?i)(?=[ckbiaptrgmwdv])\\b(?:children|kids|babies|infants|adults|people|those|residents|patients|girls|boys|pupils"
          + "|men|women|drivers|voters)\\s+(?:aged\\s+)?(?:under|over|below|above)\\s+(?:the\\s+age\\s+of\\s+)?"
          + "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|twenty|twenty-one|thirty|forty|fifty|sixty|sixty-five|seventy|eighty|ninety)\\b(?![,.]\\d)(?!\\s*(?:%|percent|per\\s+cent))"), 40,
          "under", "over", "below", "above"),
      // "a one-off payment", "a one-time fee", "one-way tickets": an adjective, not a count.
      Gate.words(Pattern.compile("(?i)\\b(?:an?\\s+)?one-(?:off|time|way|sided)\\b"), "off", "time", "way", "sided"),
      // "in the last 24 hours" is a period; "expected to last 18 months" is a duration, a figure.
      // The keyword is looked for first (cheap), the words before it only where it is found.
      Gate.near(Pattern.compile("(?i)(?=[lpncf])\\b(?=(?:last|past|previous|next|coming|first)\\s)"
          + "(?<=\\b(?:in|over|during|within|for)\\s(?:just\\s)?(?:the\\s)?|\\bthe\\s|^)"
          + "(?:last|past|previous|next|coming|first)\\s+(?:\\d+|\\p{L}+)\\s+(?:hours?|days?|weeks?|months?|years?|decades?)\\b"), 0,
          "last", "past", "previous", "next", "coming", "first"),
      Gate.when(Pattern.compile("(?i)(?=\\d)\\b\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\b"),
          NAMES_A_MONTH),
      Gate.when(Pattern.compile("\\b\\d+\\.\\d+\\.\\d+(?:\\.\\d+)*\\b"), s -> Gate.joinedTwice(s, ".")),
      // A time told from another: "two years ago", "one day after", "three weeks later" place an event, count nothing.
      Gate.near(Pattern.compile("(?i)(?=[\\daotfsen])\\b(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+"
          + "(?:hours?|days?|weeks?|months?|years?|decades?)\\s+(?:ago|earlier|later|after|before)\\b"), 40,
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
      // A clock time with its time zone: "Sat 2 Mar 2024 18.05 GMT", "09:42 BST" (the zones: numbers/time-zones.tsv).
      Gate.words(Pattern.compile("(?i)\\b\\d{1,2}[.:]\\d{2}\\s*(?:" + String.join("|", TIME_ZONES) + ")\\b"),
          TIME_ZONES.toArray(new String[0])),
      // A count of shares or likes in brackets ("Share on Facebook (2.3K)"), a number to text ("text FLOOD to 60060"),
      // a parent's description ("mother-of-two Jenna Hart"): page furniture and descriptors, not figures.
      Gate.when(Pattern.compile("\\(\\d+(?:[.,]\\d+)?[KkMm]\\)"), s -> s.indexOf('(') >= 0),
      Gate.words(Pattern.compile("(?i)\\btext\\s+\\S+\\s+to\\s+\\d{4,6}\\b"), "text"),
      Gate.words(Pattern.compile("(?i)\\b(?:mother|father|mum|dad|grandmother|grandfather|grandmother|grandad|parent)"
          + "-of-\\p{L}+\\b"), "mother", "father", "mum", "dad", "grandmother", "grandfather", "grandad", "parent"),
      // A clock time without minutes: "about 9 p.m.", "[11 a.m.".
      Gate.when(Pattern.compile("(?i)\\b\\d{1,2}\\s*(?:a\\.m\\.?|p\\.m\\.?)"), s -> Gate.digitSpaceAmPm(s) || Gate.digitFollowedBy(s, "aApP")),
      // An age told as what a person is: "she is 19", "who was 72,", "I'm 34 and"; not a count ("he is 19 points
      // behind"): the number ends the clause. Tried at digits only (the words before are a look-behind).
      Gate.words(Pattern.compile("(?i)(?=\\d)(?<=\\b(?:he|she|who|i)\\s{0,2}(?:is|was|['’]s|am|['’]m|turned|turns|had\\s{1,3}turned"
          + "|will\\s{1,3}be|would\\s{1,3}have\\s{1,3}been)\\s{1,3}(?:only\\s{1,3}|just\\s{1,3})?)\\d{1,3}\\b(?![,.]\\d)"
          + "(?=\\s*(?:[,.;:)!?\"”]|$|and\\b|when\\b|but\\b|at\\s+the\\s+time\\b))"), "he", "she", "who", "i"),
      // A number to call: "call 911", "dial 999 or 112", "reached on 101"; not "called 300 reservists". Tried at digits
      // only.
      Gate.words(Pattern.compile("(?i)(?=\\d)(?<=\\b(?:call|calls|calling|called|dial|dials|dialled|dialed|dialling|dialing|ring"
          + "|phone|(?:reached|contacted|available)\\s{1,3}(?:on|at))\\s{1,3}(?:on\\s{1,3}|at\\s{1,3})?)\\d{3}(?:[\\s-]?\\d{3,4}){0,2}"
          + "\\b(?![,.]\\d)(?:\\s+or\\s+\\d{3,}(?:[\\s-]?\\d{3,4}){0,2}\\b(?![,.]\\d))*(?=\\s*(?:[,.;:)!?\"”]|$|or\\b|if\\b|and\\b"
          + "|for\\b|to\\b|from\\b|immediately\\b|now\\b|free\\b|any\\b|at\\b|after\\b|when\\b"
          + "|in\\s+(?:an?\\s+|case\\s+of\\s+(?:an?\\s+)?)?emergenc))"),
          "call", "calls", "calling", "called", "dial", "dials", "dialled", "dialed", "dialling", "dialing", "ring", "phone",
          "reached", "contacted", "available"),
      // An age in brackets after a person's first name and surname: "Tomas Reyes (47) and his wife"; not a count after
      // a body's name ("Green Party (20)", sources/org-heads.tsv).
      Gate.when(Pattern.compile("(?<=\\b\\p{Lu}\\p{Ll}{1,20}\\s(?!(?i:" + String.join("|",
          new java.util.TreeSet<>(SourceNames.ORG_HEADS)) + ")\\b)\\p{Lu}[\\p{L}'’-]{1,30}\\s?\\()\\d{1,2}(?=\\)\\s*(?:[,;.]|and\\b|was\\b|is\\b|who\\b|had\\b"
          + "|has\\b|said\\b|told\\b|from\\b|of\\b|were\\b))"), s -> s.indexOf('(') >= 0),
      // A model named in camel case: "the iPhone 6", "an iPad 2", "eBay 3".
      Gate.when(Pattern.compile("(?<=\\b\\p{Ll}{1,3}\\p{Lu}\\p{L}{1,20}\\s?)\\d{1,4}\\b(?![,.]\\d)(?!\\s*(?:%|percent|per\\s+cent))"),
          Gate::camelCase),
      // An age band written with "yrs": "people 16-64yrs".
      Gate.words(Pattern.compile("(?i)\\b\\d{1,2}\\s*[-–]\\s*\\d{1,3}\\s*yrs\\b"), "yrs"),
      // A stretch of time that dates, not a duration claimed: "the same 24-hour period", "a 72-hour window".
      Gate.words(Pattern.compile("(?i)(?=\\d)\\b\\d{1,3}-(?:hour|day|week|month|year)\\s+(?:period|window|span|timeframe|time\\s+frame"
          + "|stretch|cycle)\\b"), "period", "window", "span", "timeframe", "frame", "stretch", "cycle"),
      // A bond's or loan's term, which names the kind: "the yield for a 10-year U.S. Treasury bond", "30-year mortgages".
      Gate.words(Pattern.compile("(?i)(?=\\d)\\b\\d{1,2}-year\\b(?=(?:\\s+[\\p{L}.]+){0,3}?\\s+(?:bonds?|notes?|yields?|gilts?|bunds?"
          + "|treasur(?:y|ies)|mortgages?|securities|swaps?)\\b)"), "bond", "bonds", "note", "notes", "yield", "yields", "gilt",
          "gilts", "bund", "bunds", "treasury", "treasuries", "mortgage", "mortgages", "securities", "swap", "swaps"),
      // An identifier on a page: "News ID: 643479", "Ref: 2291".
      Gate.words(Pattern.compile("(?i)\\b(?:id|ref|reference|ticket|case\\s+no)\\s*[:#.]?\\s*\\d+"), "id", "ref", "reference",
          "ticket", "no"),
      Gate.when(Pattern.compile("(?<![\\d.,])\\b0\\d{2,}(?:[\\s-]\\d{2,})*\\b"), Gate::leadingZero));

  /** Where in the sentence the spans of numbers that are never figures lie, by character. */
  static boolean[] blocked(String sentence, Set<String> words) {
    boolean[] blocked = new boolean[sentence.length() + 1];
    boolean[] open = NOT_FIGURE_SPANS.worthTrying(sentence, words);
    String lower = null;
    for (int g = 0; g < open.length; g++) {
      if (!open[g]) {
        continue;
      }
      lower = lower != null ? lower : sentence.toLowerCase(Locale.ROOT);
      Matcher m = NOT_FIGURE_SPANS.get(g).matcher(sentence, lower);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          blocked[i] = true;
        }
      }
    }
    return blocked;
  }

  static final Pattern OTHER_CALENDAR_BEFORE = Pattern.compile(
      "(?i)\\b(?:in|since|until|from|year of|year|during|to|and|of)\\s+$");

  static final Pattern YEAR_CONTEXT = Pattern.compile(
      "(?i)(?:\\b(?:in|since|by|until|till|from|of|during|early|late|mid|year|before|after|throughout|the|,|through|between|and|to)\\s*|-)$");

  static boolean isDesignation(String s, int start, int numEnd, String scale) {
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
      Matcher unit = UNIT_SUFFIX.matcher(s.substring(numEnd));
      return !unit.matches() || unit.group(1).equals("c") || unit.group(1).equals("f"); // "40C" is warm, "50c" a code
    }
    if (numEnd + 1 < s.length() && s.charAt(numEnd) == '-' && Character.isLetter(s.charAt(numEnd + 1))
        && Character.isUpperCase(s.charAt(numEnd + 1))) {
      return true; // "50-Ni", model codes
    }
    return false;
  }

  static final Pattern NAME_COMMA = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,\\s*$");

  static final Pattern CAPITALISED_BEFORE = Pattern.compile("(\\S+)\\s+(\\p{Lu}[\\p{L}]+)\\s+$");

  static final Set<String> NOT_MODEL_WORDS = Lexicon.load("numbers/not-model-words.tsv").terms("not-model-words");

  /** "Maria Lopes, 62, has run", "the driver, 58, said": a small number between commas after a person is an age. */
  static boolean isAgeAppositive(String s, int start, int end, double value) {
    int before = start - 1;
    while (before >= 0 && s.charAt(before) == ' ') {
      before--;
    }
    if (value > 120 || before < 0 || s.charAt(before) != ',') {
      return false;
    }
    String before40 = s.substring(Math.max(0, start - 40), start);
    return (NAME_COMMA.matcher(before40).find() || value == Math.rint(value) && PERSON_COMMA.matcher(before40).find())
        && COMMA_NEXT.matcher(s.substring(end)).matches();
  }

  /**
   * "the driver, 58, had worked", "a local woman, 71, said": one person named by a determiner and a singular noun
   * before the comma; a plural ("the victims, 12, were") may be counted.
   */
  static final Pattern PERSON_COMMA = Pattern.compile(
      "\\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]*(?:[^s\\W]|ss),\\s*$");

  /** "the Pixel 9 on Tuesday", "Apollo 11 landed": a bare number right after a name inside the sentence is part of it. */
  static boolean isModelNumber(String s, int start, int end) {
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

  static final Pattern BARE_SMALL_INTEGER = Pattern.compile("\\d{1,4}");

  static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}[\\p{L}'’-]*)\\b.*", Pattern.DOTALL);

  /** Plural nouns that do not end in s: after a name and a number they are what was counted ("Gaza 40 people"). */
  static final Lexicon COUNTED = Lexicon.load("counted.tsv");

  /**
   * After a capitalised name and a bare number, the next word says whether the number is part of the name: a
   * capitalised word, or a lower-case word that is no plural, makes it one; a plural noun ("Gaza 40 people",
   * "Kursk 300 troops") makes it a count.
   */
  static boolean namesAThingNext(String after) {
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
  static final Set<String> NAME_OPENERS = Lexicon.load("numbers/name-openers.tsv").terms("name-openers");

  static final Pattern CAPITALISED_NEXT = Pattern.compile("(?s)^\\s+\\p{Lu}\\p{Ll}.*");

  static final Pattern MONTH_OR_DAY = Pattern.compile("(?i)(?:" + MONTHS
      + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?");

  /** "5k" or "2.5m" right before {@code end}. */
  static boolean endsWithScaledNumber(String s, int end) {
    return SCALED_END.matcher(s.substring(Math.max(0, end - 4), end)).find();
  }

  static boolean isYear(String s, int start, int end, double value, String digits) {
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

  static final Pattern SPORT = Pattern.compile("(?i)\\b(won|win|wins|lost|lose|loses|drew|draw|beat|beats|beaten"
      + "|defeat|defeated|victory|score|scored|final|match|game|lead|led|tie|tied|goals?|points|half-time|halftime)\\b");

  /** Two small whole numbers joined by a dash, going down or in a sports sentence: a score. */
  static boolean isScore(String s, NumberMention a, NumberMention b, boolean[] sport) {
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
}
