package io.claimwire.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period stage: every time expression of a sentence ("last 24 hours", "since January", "between January and March
 * 2016", "on Monday", "the second quarter of 2014", "two years ago", "per day"), found once per sentence behind word
 * gates, and the one each figure takes: a rate right after the figure ("1,500 per day"), else the nearest period
 * (after the figure preferred); a rate that belongs to a unit ("barrels per day") gives way to a period the sentence
 * names.
 */
final class Periods {
  private Periods() {}

  /** The period of figure {@code n} among the sentence's {@code periods}, or null. */
  static String of(String text, List<Span> periods, NumberMention n, List<NumberMention> all) {
    // "1,500 per day": how often; "2.29 million barrels per day in 2019": a rate in the unit, so when
    String period = n.rate() != null ? n.rate()
        : nearest(periods.stream().filter(p -> !comparedPastAnother(text, p, n, all)).toList(), n);
    if (period != null && period.startsWith("per ") && UNIT_RATE.matcher(text).region(n.end(), text.length()).lookingAt()) {
      String when = nearest(periods.stream().filter(p -> !p.value().startsWith("per ")).toList(), n);
      period = when != null ? when : period;
    }
    return period;
  }

  /** "million barrels per day", "tonnes a year": a rate that belongs to the unit after the figure. */
  private static final Pattern UNIT_RATE = Pattern.compile("(?i)\\s*(?:million |billion |thousand )?(?:barrels?|bbl|tonnes?|tons?"
      + "|litres?|liters?|gallons?|cubic (?:metres?|meters?|feet)|(?:kilo|mega|giga)watt[- ]hours?|[kmgt]wh)\\s+(?:per|a|an|each)\\s");
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\\p{L}])";
  private static final Pattern[] PERIODS = {
      Pattern.compile("(?i)(?=[lpfn])\\b(?=last\\s|past\\s|previous\\s|first\\s|next\\s)((?:last|past|previous|first|next)"
          + "\\s+(?:(?:\\d+|\\p{L}+)\\s+)?(?:hours?|days?|weeks?|months?|years?|decades?))\\b"),
      Pattern.compile("(?i)(?=[epa])\\b(?:every|each|per|a)\\s+(day|week|month|year|hour)\\b"),
      // how often, not a title's word: "the Daily Herald", "Weekly Review"
      Pattern.compile("(?i)(?=[dwmay])\\b(daily|weekly|monthly|annually|yearly)\\b(?-i)(?!\\s+\\p{Lu})"),
      // a month, written with its capital, with its day, year or a second month: "in March", "until September 10",
      // "between January and March 2016", "Dec-Feb 2017", "at March 31st, 2000"
      Pattern.compile("(?=[eElLmJFMASOND])\\b((?:(?i:early|late) |mid-)?" + MONTH + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:(?:\\s+and\\s+|\\s*[-–]\\s*)"
          + MONTH + ")?(?:,?\\s+(?:19|20)\\d{2})?)\\b(?![-–])"),
      Pattern.compile("(?i)(?=[tln])\\b((?:this|last|next) (?:week|month|year|weekend))\\b"),
      Pattern.compile("(?i)(?=[odac])\\b(?:over|during|at|on|across) (the weekend|the holidays|the holiday weekend|the night)\\b"),
      Pattern.compile("(?i)(?=[sid])\\b((?:since|in|during) (?:19|20)\\d{2})\\b"),
      Pattern.compile("(?i)(?=s)\\b(since the (?:start|beginning) of the (?:\\p{L}+-\\p{L}+ \\p{L}+|\\p{L}+))\\b"),
      Pattern.compile("(?i)(?=[oiw])\\b(?:over|within|in)(?<!(?:lasted|lasting|took|taking|spent|spending|for)\\s(?:over|within|in)) ((?:the (?:next|coming) )?"
          + "(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty|thirty) (?:hours|days|weeks|months|years))\\b"),
      Pattern.compile("(?i)(?=[y1tqmws])\\b((?:year|12 months|twelve months|quarter|month|week|three months|six months) (?:to|ending|ended)"
          + " (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{4})?)\\b"),
      // a day of the week, written with its capital ("on Monday", "Tuesday afternoon", "last Friday")
      Pattern.compile("(?=[oLlTtNnSsBbUuEeMWF])\\b(?:on )?((?:(?i:last|this|next|since|by|until|early|late) )?(?:Monday|Tuesday|Wednesday|Thursday"
          + "|Friday|Saturday|Sunday)(?: (?i:morning|afternoon|evening|night))?)\\b"),
      Pattern.compile("(?i)(?=[tfslq])\\b((?:the )?(?:first|second|third|fourth|last|final|latest) quarter(?: of (?:19|20)\\d{2})?"
          + "|q[1-4] (?:19|20)\\d{2})\\b"),
      // a time told from now or from the time just named: "two years ago", "a year earlier", "the year before", "last
      // time" (results compared with the previous ones)
      Pattern.compile("(?i)(?=[aotfsen\\dl])\\b((?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) (?:years?|months?|weeks?|days?"
          + "|decades?) (?:ago|earlier)|the (?:year|month|week|quarter|season) (?:before|earlier)|last time)\\b"),
      Pattern.compile("(?i)(?=[ltn])\\b((?:last|this|next) (?:season|summer|winter|spring|autumn|fall|quarter))\\b"),
  };

  /** What each of {@link #PERIODS} needs before it is worth running, in the same order. */
  private static final Gates PERIOD_GATES = new Gates(
      Gate.near(PERIODS[0], 0, "last", "past", "previous", "first", "next"),
      Gate.near(PERIODS[1], 12, "day", "week", "month", "year", "hour"),
      Gate.words(PERIODS[2], "daily", "weekly", "monthly", "annually", "yearly"),
      Gate.words(PERIODS[3], "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec"),
      Gate.near(PERIODS[4], 8, "week", "month", "year", "weekend"),
      Gate.near(PERIODS[5], 25, "weekend", "holidays", "night"),
      Gate.when(PERIODS[6], Periods::hasYear),
      Gate.near(PERIODS[7], 0, "since"),
      Gate.near(PERIODS[8], 40, "hours", "days", "weeks", "months", "years"), // not "in": nearly every sentence has it
      Gate.words(PERIODS[9], "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"), // not "to"
      Gate.near(PERIODS[10], 12, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
      Gate.words(PERIODS[11], "quarter", "q"), // "Q3 2024": the words are runs of letters
      Gate.near(PERIODS[12], 25, "ago", "earlier", "before", "time"),
      Gate.near(PERIODS[13], 8, "season", "summer", "winter", "spring", "autumn", "fall", "quarter"));

  /** Whether four digits starting 19 or 20 stand alone somewhere ("in 2024"). */
  static boolean hasYear(String s) {
    for (int i = 0; i + 3 < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0') && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
          && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))
          && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))) {
        return true;
      }
    }
    return false;
  }

  /** Every period expression of a sentence, found once for all its figures. */
  static List<Span> all(String text, Set<String> words) {
    List<Span> out = new ArrayList<>();
    Matcher dateline = WIRE_DATELINE.matcher(text);
    int from = dateline.lookingAt() ? dateline.end() : 0; // "ORSA, Oct 4 (Wire Desk) -": when it was filed, no period
    boolean[] open = PERIOD_GATES.worthTrying(text, words);
    String lower = null;
    for (int pi = 0; pi < PERIODS.length; pi++) {
      Pattern p = PERIODS[pi];
      if (!open[pi]) {
        continue;
      }
      lower = lower != null ? lower : text.toLowerCase(Locale.ROOT);
      Matcher m = PERIOD_GATES.get(pi).matcher(text, lower);
      while (m.find()) {
        if (p == PERIODS[1] && m.group().regionMatches(true, 0, "a ", 0, 2) && (NOT_A_RATE_AFTER.matcher(text.substring(m.end())).lookingAt()
            || NOT_RATE_BEFORE.contains(Words.lastLetters(text.substring(Math.max(0, m.start() - 12), m.start())).toLowerCase(Locale.ROOT)))) {
          continue; // "a day after the defeat" is when, "longer than a year" how long, not how often
        }
        if (p == PERIODS[8] && RECORD_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()) {
          continue; // "the first cut in four years", "the highest level in 40 years": a record's reach, not when
        }
        if (m.start() < from) {
          continue;
        }
        String g = m.group(1).toLowerCase(Locale.ROOT);
        out.add(new Span(m.start(), m.end(),
            p == PERIODS[1] ? "per " + g : p == PERIODS[2] ? dailyToPer(g) : p == PERIODS[3] ? m.group(1) : g));
      }
    }
    return out;
  }

  /** A wire story's opening: a place in capitals, a date, the agency in brackets and a dash ("ORSA, Oct 4 (AP) -"). */
  private static final Pattern WIRE_DATELINE = Pattern.compile(
      "\\s*\\p{Lu}[\\p{Lu} .'’-]+,[^()\\n]{1,30}\\([^)]{2,40}\\)\\s*[-–—]");

  private static final java.util.Set<String> NOT_RATE_BEFORE = Lexicon.load("figures/not-rate-before.tsv").terms("not-rate-before");
  private static final Pattern NOT_A_RATE_AFTER = Pattern.compile("(?i)\\s+(?:after|before|later|earlier|ago)\\b");

  /** A superlative or "first" right before a span of time: what the span measures is a record, not the figure's time. */
  private static final Pattern RECORD_BEFORE = Pattern.compile(
      "(?i)\\b(?:\\p{L}{2,}est|first|worst|best|most|least|record)(?:\\s+[\\p{L}-]+){0,3}\\s+$");

  /** The period nearest the figure, after it preferred. */
  /** "a year earlier", "the week before", "two years ago": a time told from another, a comparison's. */
  private static final Pattern TOLD_FROM = Pattern.compile("(?i)(?:ago|earlier|before)$");

  /** A baseline's opening right before its figure: "down from about 2,000", "compared with 41". */
  private static final Pattern BASELINE_BEFORE = Pattern.compile("(?i)\\b(?:from|against|versus|vs\\.?|compared with"
      + "|compared to)\\s+"
      + "(?:(?:about|around|roughly|some|nearly|almost|just|over|under|approximately|an estimated)\\s+)?\\p{Sc}?$");

  /** What may stand between a baseline and its own period: a few words ("2,000 glaciers in 1973", "51.9% at the last
   * election in 2019"), no punctuation. */
  private static final Pattern RIGHT_AFTER = Pattern.compile("(?:\\s*[\\p{L}%]+){0,5}\\s*(?:in|on|at|during|for)?\\s*");

  /**
   * Whether a period after the figure belongs to another figure between them: a time told from another ("a profit of
   * 2.4bn, up 18 percent on a year earlier" compares the change, and the level is not of a year earlier), or any
   * time after a baseline ("1,400 glaciers remain, down from about 2,000 in 1973": 1973 is the baseline's).
   */
  private static boolean comparedPastAnother(String text, Span p, NumberMention n, List<NumberMention> all) {
    if (p.start() < n.end()) {
      return false;
    }
    boolean toldFrom = TOLD_FROM.matcher(p.value()).find();
    for (NumberMention o : all) {
      if (o.start() >= n.end() && o.end() <= p.start() && (toldFrom || RIGHT_AFTER.matcher(text)
          .region(o.end(), p.start()).matches()
          && BASELINE_BEFORE.matcher(text).region(Math.max(0, o.start() - 40), o.start()).find())) {
        return true;
      }
    }
    return false;
  }

  /** A comparison's opening right before a time: "from", "on", "than", "over", "compared with" (the same quarter). */
  private static final Pattern BASE_BEFORE = Pattern.compile("(?i)\\b(?:from|on|than|over|compared (?:with|to)|versus"
      + "|vs\\.?)\\s+(?:(?:the same|this)\\s+(?:\\p{L}+\\s+)?)?$");

  /**
   * The period of a change, or null when the time is what the change is measured from ("up 6% from a year earlier",
   * "2% less than last year", "up 2.2 per cent on the same quarter a year ago"): a time told from now or from another
   * time, after a comparison's opening, is a baseline's, not the span counted. "over the last year" is a span, and a
   * time named for itself ("from August", "on the latest quarter") is kept.
   */
  static String unlessBase(String text, List<Span> periods, String period, Change change) {
    if (change == null || period == null) {
      return period;
    }
    for (Span p : periods) {
      if (p.value().equals(period) && (TOLD_FROM.matcher(period).find() || period.startsWith("last "))
          && BASE_BEFORE.matcher(text).region(Math.max(0, p.start() - 40), p.start()).find()) {
        return null;
      }
    }
    return period;
  }

  private static String nearest(List<Span> periods, NumberMention n) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Span p : periods) {
      if (p.start() < n.end() && p.end() > n.start()) {
        continue;
      }
      int d = p.start() >= n.end() ? p.start() - n.end() : n.start() - p.end() + 10;
      if (d < bestDistance) {
        bestDistance = d;
        best = p.value();
      }
    }
    return best;
  }

  private static String dailyToPer(String w) {
    return switch (w) {
      case "daily" -> "per day";
      case "weekly" -> "per week";
      case "monthly" -> "per month";
      default -> "per year";
    };
  }

  /** A measure or subject that is the figure's own time ("four years" of "four years ago") says when, not what. */
  static void notTimes(List<Figure> figures) {
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      String period = f.period() == null ? null : f.period().toLowerCase(Locale.ROOT);
      if (period == null || f.change() != null) {
        continue;
      }
      boolean measure = f.measure() != null && period.contains(f.measure().toLowerCase(Locale.ROOT));
      boolean subject = f.subject() != null && period.contains(f.subject().toLowerCase(Locale.ROOT));
      if (measure || subject) {
        figures.set(k, f.withMeasureAndSubject(measure ? null : f.measure(), subject ? null : f.subject()));
      }
    }
  }
}
