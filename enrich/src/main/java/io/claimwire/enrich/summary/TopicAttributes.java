package io.claimwire.enrich.summary;

import io.claimwire.enrich.text.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The attributes of a figure that must not conflict for two figures to answer one question ({@link FigureTopics}
 * keys the question): what a group counted under its head (a missing one matches any), the period, the place.
 * Documented in docs/claims.md under "Claim summaries".
 */
public final class TopicAttributes {
  private TopicAttributes() {}

  private static final Lexicon MOMENTS = Lexicon.load(FigureTopics.DIR + "moments.tsv");
  private static final Set<String> PLACE_FILLER = Set.of("the", "of", "region", "oblast", "province", "area",
      "district", "state", "city", "town", "near", "in", "and", "regions", "republic");

  /** Head classes match when equal or when either is unsaid. */
  public static boolean headsMatch(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  /**
   * Periods match when equal (ignoring case) or when either is unsaid. A day named alone ("Monday", "yesterday", "Oct
   * 4") is when a figure was given, not the span it counts ({@code summary/moments.tsv}): it matches any.
   */
  public static boolean periodsMatch(String a, String b) {
    a = a == null || moment(a) ? null : canonicalPeriod(a);
    b = b == null || moment(b) ? null : canonicalPeriod(b);
    if (a == null || b == null) {
      return !(isRate(a) || isRate(b)); // a rate ("per year") is another question than a count with no period
    }
    return a.trim().equalsIgnoreCase(b.trim());
  }

  private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  /** One day by its date ("Oct 4", "4 October", "March 3rd, 2024"): when a figure was given, like a day's name. */
  private static final Pattern DAY_DATE = Pattern.compile("(?i)^(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
      + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?$");

  /** A day named alone, by name ({@code summary/moments.tsv}) or by date. */
  private static boolean moment(String period) {
    String p = period.trim();
    return MOMENTS.classOf(p) != null || DAY_DATE.matcher(p).matches();
  }

  private static final Pattern PERIOD_LEAD = Pattern.compile("^(?:(?:in|on|during|over|for|the)\\s+)+");

  /** Spans written in several ways ({@code summary/period-aliases.tsv}): "the July-September quarter" is "Q3". */
  private static final Lexicon PERIOD_ALIASES = Lexicon.load(FigureTopics.DIR + "period-aliases.tsv");
  private static final Pattern QUARTER_END = Pattern.compile("\\s+quarter$");

  /**
   * A period as compared: lower case, hyphens as spaces, no leading preposition or article, "past" as "last", one name
   * for a span written in several ways.
   */
  private static String canonicalPeriod(String period) {
    String p = PERIOD_LEAD.matcher(period.trim().toLowerCase(Locale.ROOT).replace('-', ' ')).replaceAll("");
    String alias = PERIOD_ALIASES.classOf(p);
    alias = alias != null ? alias : PERIOD_ALIASES.classOf(QUARTER_END.matcher(p).replaceAll(""));
    if (alias != null) {
      return alias;
    }
    return p.startsWith("past ") ? "last " + p.substring(5) : p;
  }

  private static final Pattern RATE = Pattern.compile("\\b(?:per|each|every)\\s+(?:year|month|week|day|hour)\\b"
      + "|\\ba\\s+(?:year|month|week|day)\\b(?!\\s+(?:ago|earlier|before|later))|\\b(?:annually|yearly)\\b",
      Pattern.CASE_INSENSITIVE);

  /** A period that makes the figure a rate: per, each or every year (month, week, day), a year, annually. */
  static boolean isRate(String period) {
    return period != null && RATE.matcher(period).find();
  }

  /** Locations match when either is unsaid or they share a place word. */
  public static boolean locationsMatch(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    Set<String> x = placeWords(a);
    Set<String> y = placeWords(b);
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    x.retainAll(y);
    return !x.isEmpty();
  }

  static Set<String> placeWords(String location) {
    Set<String> out = new HashSet<>();
    for (String w : location.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+")) {
      String word = FigureTopics.POSSESSIVE.matcher(w).replaceAll("").replace("'", "").replace("’", "");
      if (!word.isEmpty() && !PLACE_FILLER.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  private static final Lexicon HELD = Lexicon.load(FigureTopics.DIR + "held-measures.tsv");

  /**
   * Whether a topic is a measure that several holders each have ({@code held-measures.tsv}: seats, votes, shares)
   * with no holder named, counting only itself ("won 71 seats"): its figures may belong to different holders.
   */
  public static boolean heldWithoutHolder(String topicKey) {
    String[] parts = topicKey.split("\\|", -1);
    if (parts.length < 3) {
      return false;
    }
    String measure = parts[parts.length - 3];
    String counted = parts[parts.length - 2];
    return HELD.classOf(measure) != null && (counted.equals(measure) || HELD.classOf(counted) != null);
  }

  /** Every measure class the lists name, as a class (what a known wording becomes). */
  private static final Set<String> CLASSES = classes();

  private static Set<String> classes() {
    Set<String> out = new TreeSet<>();
    for (String file : List.of("measure-classes.tsv", "measure-by-counted.tsv", "measure-of-counted.tsv")) {
      for (String[] e : Lexicon.entries(FigureTopics.DIR + file)) {
        out.add(e[1]);
      }
    }
    return Set.copyOf(out);
  }

  /** Whether a measure class is one the lists know ("burned"), not a raw wording ("reached"). */
  static boolean knownMeasure(String m) {
    for (String part : m.split("\\+")) {
      if (!CLASSES.contains(part)) {
        return false;
      }
    }
    return true;
  }
}
