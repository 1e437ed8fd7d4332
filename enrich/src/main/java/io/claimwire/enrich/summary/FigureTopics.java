package io.claimwire.enrich.summary;

import io.claimwire.enrich.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules that decide which claims report on one question (a figure topic). Documented in docs/claims.md under
 * "Claim summaries"; general rules about English news wording, nothing about particular stories. The words are data,
 * in {@code summary/*.tsv} beside this class.
 *
 * <ul>
 *   <li><b>Measure class</b> ({@code measure-classes.tsv}): forms and synonyms meet ({@code dead}, {@code deaths},
 *       {@code the official death toll} are {@code killed}; {@code injured} is {@code wounded}; {@code casualties}
 *       is {@code killed or wounded}; {@code marched}, {@code took part}, {@code turnout} are {@code turnout}); a
 *       phrase is read whole, then without what follows its first preposition and without neutral modifiers
 *       ({@code neutral-modifiers.tsv}: {@code third-quarter profit} is {@code profit}), then with what it counts
 *       ({@code measure-by-counted.tsv}: {@code forced} people are {@code displaced}, {@code counted} bodies
 *       {@code killed}), then by its last word and its first. A coordinated measure is the set of its parts, in any
 *       order.</li>
 *   <li><b>Subject</b>: a group named by proper modifiers ({@code North Korean soldiers}, a bare demonym such as
 *       {@code North Koreans}) is keyed by the group; otherwise by the head noun's class ({@code counted-classes.tsv}:
 *       {@code soldiers}, {@code troops} are {@code troops}; {@code protesters}, {@code passengers}, {@code workers}
 *       are {@code people}), after neutral modifiers and what follows a preposition are left out ({@code Consumer
 *       prices in Mareno} counts {@code consumer price}). A capital that only starts the sentence ({@code Energy
 *       prices}) names no group. Under a group the head class is an attribute, and a missing one (a bare demonym)
 *       matches any. A figure that names nothing counted, or only what it measures ({@code the official toll}),
 *       counts what its measure counts ({@code counted-by-measure.tsv}: {@code killed} counts people).</li>
 *   <li><b>Unit</b>: counts never meet amounts or areas. A unit that is what a figure counts ({@code
 *       unit-counts.tsv}: hectares are an area) is its counted class, whatever the clause's subject ("the fire has
 *       burned 12,000 hectares"); {@code measure-by-counted.tsv} reads its verb with it ({@code consumed} area is
 *       {@code burned}).</li>
 *   <li><b>Location and period</b> are attributes ({@link TopicAttributes}): a missing one matches any; two present
 *       locations match when they share a place word ({@code Kursk region} and {@code Russia's Kursk Oblast}).</li>
 * </ul>
 */
public final class FigureTopics {
  private FigureTopics() {}

  static final String DIR = "/io/claimwire/enrich/summary/";
  private static final Lexicon MEASURES = Lexicon.loadInflected(DIR + "measure-classes.tsv");
  private static final Lexicon MEASURE_BY_COUNTED = Lexicon.load(DIR + "measure-by-counted.tsv");
  private static final Lexicon COUNTED = Lexicon.loadNouns(DIR + "counted-classes.tsv");
  private static final Lexicon COUNTED_BY_MEASURE = Lexicon.load(DIR + "counted-by-measure.tsv");
  private static final Lexicon NEUTRAL = Lexicon.load(DIR + "neutral-modifiers.tsv");
  private static final Lexicon UNIT_COUNTS = Lexicon.load(DIR + "unit-counts.tsv");
  private static final Lexicon MEASURE_OF_COUNTED = Lexicon.load(DIR + "measure-of-counted.tsv");
  private static final Lexicon COUNTED_FOR_MEASURE = Lexicon.load(DIR + "counted-for-measure.tsv");
  private static final Set<String> LEADING_WORDS = Set.of("the", "some", "about", "of", "a", "an", "its", "their",
      "his", "her", "these", "those", "all", "more", "other", "further", "additional", "another");
  /** Words after which a phrase says where, when or of what whole, not what: a phrase's core ends before them. */
  private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "for", "from", "by", "to", "during",
      "across", "since", "after", "before", "near", "among", "over", "under", "into", "of", "within", "between");
  /** Quantity words before "of" that hand the phrase on to what follows ("the number of people"). */
  /** The extractor's mark of a forecast, before what it forecasts ("forecast inflation"). */
  private static final String FORECAST = "forecast";
  /** Words that say again that a forecast is one ("forecast expected inflation"). */
  private static final Set<String> FORECAST_WORDS = Set.of("expected", "predicted", "projected", "forecast",
      "anticipated", "estimated");
  private static final Set<String> PORTIONS = Set.of("number", "total", "count", "tally", "amount");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  /** A capitalised possessive before lowercase words: a place or an owner. */
  private static final Pattern OWNER_PREFIX = Pattern.compile("^(?:the\\s+)?\\p{Lu}[\\p{L}-]*['’]s\\s+(?=\\p{Ll})");
  /** Lowercase modifiers or a capitalised possessive before a name that ends the phrase. */
  private static final Pattern NAME_PREFIX = Pattern.compile(
      "^(?:(?:the\\s+)?\\p{Lu}[\\p{L}-]*['’]s\\s+|(?:\\p{Ll}[\\p{L}-]*\\s+){1,2})(?=\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*$)");
  private static final Pattern COORDINATION = Pattern.compile("\\s*(?:,\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+)\\s*");

  /**
   * What is counted: the key part (a group or a head class), the head class (null when unsaid) and the head noun's
   * singular (null for a bare group).
   */
  public record Subject(String key, String headClass, String noun) {}

  /**
   * The topic key of a claim ({@code measure|counted|unit}), or empty when the claim says too little to group: no
   * measure, or nothing counted and a measure that counts nothing by itself.
   */
  public static Optional<String> topicKey(String subject, String measure, String unit) {
    String cacheKey = subject + "\u0000" + measure + "\u0000" + unit;
    Optional<String> known = KEYS.get(cacheKey);
    if (known == null) {
      known = keyOf(subject, measure, unit);
      if (KEYS.size() >= CACHE_LIMIT) {
        KEYS.clear(); // bounded: news repeats its wordings, and a miss only costs the reading again
      }
      KEYS.put(cacheKey, known);
    }
    return known;
  }

  /** Topic keys by subject, measure and unit as written: every claim is keyed where it goes and where it leaves. */
  private static final java.util.Map<String, Optional<String>> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 50_000;

  private static Optional<String> keyOf(String subject, String measure, String unit) {
    String unitCounts = unit == null ? null : UNIT_COUNTS.classOf(unit); // "burned 12,000 hectares": an area
    Subject s = unitCounts != null ? null : subject(subject);
    String m = measureClass(measure, unitCounts != null ? unitCounts : s == null ? null : s.noun(),
        unitCounts != null ? null : subject);
    if (m == null && s != null && s.noun() != null) {
      m = MEASURE_OF_COUNTED.classOf(s.noun()); // "in front of 41,200 fans": a crowd
    }
    if (m == null) {
      return Optional.empty();
    }
    if (unitCounts != null && !TopicAttributes.knownMeasure(m)) {
      m = unitCounts; // "reached 44.2C", "measured 44.2C": a temperature, whatever verb it was told with
    }
    String counted = unitCounts != null ? unitCounts
        : s == null || namesMeasure(subject, m) ? COUNTED_BY_MEASURE.classOf(m) : s.key();
    String instead = counted == null ? null : COUNTED_FOR_MEASURE.classOf(m + " " + counted);
    counted = instead != null ? instead : counted; // "laid off 1,100 employees": jobs
    if (counted == null && s != null) {
      counted = m; // the thing measured is what is counted ("a fee of 48m", "the key rate")
    }
    if (counted == null) {
      return Optional.empty();
    }
    return Optional.of(m + "|" + counted + "|" + (unit == null ? "count" : unit));
  }

  /**
   * The topic key of a claim inside its story ({@code story|measure|subject|unit}): figures of different stories
   * never meet. A claim with no story (written before stories) gets the old key, {@code measure|subject|unit}.
   */
  public static Optional<String> topicKey(String storyId, String subject, String measure, String unit) {
    Optional<String> key = topicKey(subject, measure, unit);
    return storyId == null ? key : key.map(k -> storyId + "|" + k);
  }

  /** True when the subject only names what is measured ("the official toll" of a death toll, "turnout"). */
  private static boolean namesMeasure(String subject, String measureClass) {
    return measureClass.equals(measureClass(subject, null, null));
  }

  /**
   * The head class of a claim's subject, an attribute of its figure: null when unsaid, or when the subject only
   * names the measure (a death toll's "official toll" counts what any death toll counts).
   */
  public static String headClass(String subject, String measure) {
    String cacheKey = subject + "\u0000" + measure;
    String known = HEADS.get(cacheKey);
    if (known == null) {
      String h = headOf(subject, measure);
      known = h == null ? "" : h;
      if (HEADS.size() >= CACHE_LIMIT) {
        HEADS.clear();
      }
      HEADS.put(cacheKey, known);
    }
    return known.isEmpty() ? null : known;
  }

  private static final java.util.Map<String, String> HEADS = new java.util.concurrent.ConcurrentHashMap<>();

  private static String headOf(String subject, String measure) {
    Subject s = subject(subject);
    if (s == null) {
      return null;
    }
    String m = measureClass(measure, s.noun(), subject);
    return m != null && namesMeasure(subject, m) ? null : s.headClass();
  }

  /** The story a topic key lives in; null for a key made before stories. */
  public static String storyOf(String topicKey) {
    String[] parts = topicKey.split("\\|", -1);
    return parts.length > 3 ? parts[0] : null;
  }

  /** The measure class part of a topic key, with or without a story. */
  public static String measureOf(String topicKey) {
    String[] parts = topicKey.split("\\|", -1);
    return parts.length >= 3 ? parts[parts.length - 3] : parts[0];
  }

  /** The measure class: forms and synonyms met, parts of a coordinated measure sorted and joined by {@code +}. */
  public static String measureClass(String measure) {
    return measureClass(measure, null, null);
  }

  /**
   * The measure class of a measure that counts {@code countedNoun} (a singular noun, or null). A measure the lists
   * do not know, whose subject names a measure they know ("put the death toll at 43", "lifted its key rate"), takes
   * the subject's class.
   */
  static String measureClass(String measure, String countedNoun, String subject) {
    if (measure == null || measure.isBlank()) {
      return null;
    }
    Set<String> parts = new TreeSet<>();
    boolean known = true;
    for (String p : COORDINATION.split(OWNER_PREFIX.matcher(measure.trim()).replaceFirst("").toLowerCase(Locale.ROOT))) {
      List<String> w = leading(lower(words(p)));
      if (w.isEmpty()) {
        continue;
      }
      String c = knownClass(w, countedNoun);
      known &= c != null;
      parts.addAll(List.of((c != null ? c : String.join(" ", core(w))).split("\\+")));
    }
    if (!known && subject != null && parts.size() == 1) {
      List<String> w = leading(lower(words(subject)));
      String named = w.isEmpty() ? null : knownClass(w, null);
      if (named != null) {
        return named;
      }
    }
    return parts.isEmpty() ? null : String.join("+", parts);
  }

  /**
   * A measure phrase's class when the lists know it: a one-word verb with what it counts, then whole, then its
   * core, then with what it counts, then by its last word (after the modifiers that change the question:
   * "suspected cases") and its first; else null.
   */
  private static String knownClass(List<String> w, String countedNoun) {
    if (w.size() > 1 && w.get(0).equals(FORECAST)) { // a forecast is another question than what came to pass
      List<String> rest = w.subList(1, w.size());
      while (rest.size() > 1 && FORECAST_WORDS.contains(rest.get(0))) {
        rest = rest.subList(1, rest.size());
      }
      String forecast = knownClass(rest, countedNoun);
      return FORECAST + " " + (forecast != null ? forecast : String.join(" ", core(rest)));
    }
    String c = w.size() == 1 && countedNoun != null ? MEASURE_BY_COUNTED.classOf(Lexicon.baseForm(w.get(0)) + " "
        + countedNoun) : null; // a verb with what it counts says more than the verb alone ("oil escaped": spilled)
    c = c != null ? c : MEASURES.classOf(String.join(" ", w));
    if (c != null) {
      return c;
    }
    w = core(w);
    c = MEASURES.classOf(String.join(" ", w));
    if (c == null && countedNoun != null) {
      c = MEASURE_BY_COUNTED.classOf(Lexicon.baseForm(w.get(0)) + " " + countedNoun);
      c = c != null || w.size() < 2 ? c : MEASURE_BY_COUNTED.classOf(String.join(" ", w) + " " + countedNoun); // "at risk"
    }
    if (c == null && w.size() > 1) {
      String last = w.get(w.size() - 1);
      String head = MEASURES.classOf(last);
      if (head == null) {
        c = MEASURES.classOf(w.get(0));
      } else { // "suspected cases" is not "cases"; "people killed" is killed
        c = Lexicon.isOnlyVerbForm(last) ? head : String.join(" ", w.subList(0, w.size() - 1)) + " " + head;
      }
    }
    return c;
  }

  /** A readable name for a measure class: {@code killed+wounded} is "killed or wounded". */
  public static String measureName(String measureClass) {
    if (measureClass == null) {
      return null;
    }
    List<String> parts = List.of(measureClass.split("\\+"));
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
  }

  /** The subject's key, head class and head noun, or null for no subject. */
  public static Subject subject(String subject) {
    if (subject == null || subject.isBlank()) {
      return null;
    }
    // "ruling Unity Party", "Valmora's Unity Party": a name after modifiers or a place's possessive is the name
    List<String> words = words(OWNER_PREFIX.matcher(NAME_PREFIX.matcher(subject.strip()).replaceFirst(""))
        .replaceFirst("")); // "Estria's unemployment rate": whose it is is the story's, not the question's
    while (!words.isEmpty() && LEADING_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return null;
    }
    int proper = 0;
    while (proper < words.size() && Character.isUpperCase(words.get(proper).charAt(0))) {
      proper++;
    }
    if (proper == 1 && (Lexicon.hasLowerCaseForm(words.get(0))
        || NEUTRAL.classOf(words.get(0).toLowerCase(Locale.ROOT)) != null)) { // "Third-quarter revenue"
      proper = 0; // a capital that starts the sentence ("Energy prices", "Revenue"), not a name
    }
    if (proper == words.size()) {
      // A bare demonym or proper group ("North Koreans", "Ukrainians"): the group, head unsaid.
      List<String> group = new ArrayList<>(lower(words));
      group.set(group.size() - 1, singular(group.get(group.size() - 1)));
      return new Subject(String.join(" ", group), null, null);
    }
    List<String> rest = core(lower(words.subList(proper, words.size())));
    if (rest.size() > 1 && Lexicon.isOnlyVerbForm(rest.get(rest.size() - 1))) {
      rest = rest.subList(0, rest.size() - 1); // "patients waiting", "people killed": the noun is what was counted
    }
    String whole = rest.size() > 1 ? COUNTED.classOf(String.join(" ", rest)) : null; // "crude oil" is oil
    if (whole != null) {
      rest = List.of(whole);
    }
    String last = rest.get(rest.size() - 1);
    String noun = singular(last);
    String headClass = COUNTED.classOf(last);
    if (headClass == null) {
      headClass = noun;
    }
    if (rest.size() > 1) {
      headClass = String.join(" ", rest.subList(0, rest.size() - 1)) + " " + headClass;
    }
    if (proper > 0) {
      return new Subject(String.join(" ", lower(words.subList(0, proper))), headClass, noun);
    }
    return new Subject(headClass, headClass, noun);
  }

  /** Words of a phrase without edge punctuation or possessive endings. */
  private static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.trim().split("[\\s\u00a0]+")) {
      String clean = POSSESSIVE.matcher(EDGE_PUNCTUATION.matcher(w).replaceAll("")).replaceAll("");
      if (!clean.isEmpty()) {
        words.add(clean);
      }
    }
    return words;
  }

  private static List<String> leading(List<String> lower) {
    int from = 0;
    while (from < lower.size() && LEADING_WORDS.contains(lower.get(from))) {
      from++;
    }
    return lower.subList(from, lower.size());
  }

  /**
   * The core of a lower-case phrase: what follows "the number of", up to its first other preposition, without
   * neutral modifiers ("the official death toll in the region" is "death toll").
   */
  private static List<String> core(List<String> lower) {
    List<String> w = lower;
    if (w.size() > 2 && w.get(1).equals("of") && PORTIONS.contains(w.get(0))) {
      w = leading(w.subList(2, w.size()));
    }
    for (int i = 1; i < w.size(); i++) {
      if (PREPOSITIONS.contains(w.get(i))) {
        w = w.subList(0, i);
        break;
      }
    }
    List<String> out = new ArrayList<>(w.size());
    for (int i = 0; i < w.size(); i++) {
      if (i == w.size() - 1 || NEUTRAL.classOf(w.get(i)) == null) {
        out.add(w.get(i));
      }
    }
    return out.isEmpty() ? lower : out;
  }

  private static List<String> lower(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static String singular(String w) {
    if (COUNTED.classOf(w) != null && !w.endsWith("s") || w.length() < 4) {
      return w;
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("men")) {
      return w;
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
