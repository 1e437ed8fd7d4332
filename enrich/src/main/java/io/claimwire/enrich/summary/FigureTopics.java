package io.claimwire.enrich.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules that decide which claims report on one question (a figure topic). Documented in docs/claims.md under
 * "Claim summaries"; general rules about English news wording, nothing about particular stories.
 *
 * <ul>
 *   <li><b>Measure class</b>: synonyms meet ({@code dead}, {@code died}, {@code deaths} are {@code killed};
 *       {@code injured} is {@code wounded}; {@code casualties} is {@code killed or wounded}; verbs of troop
 *       presence such as {@code sent}, {@code mobilized}, {@code stationed}, {@code fought} are
 *       {@code deployed}); a coordinated measure is the set of its parts, in any order.</li>
 *   <li><b>Subject</b>: a group named by proper modifiers ({@code North Korean soldiers}, a bare demonym such as
 *       {@code North Koreans}) is keyed by the group; otherwise by the head noun's class ({@code soldiers},
 *       {@code troops}, {@code personnel}, {@code servicemen} are {@code troops}; {@code residents},
 *       {@code inhabitants}, {@code villagers} are {@code residents}). Under a group the head class is an
 *       attribute, and a missing one (a bare demonym) matches any.</li>
 *   <li><b>Unit</b>: counts never meet amounts or areas.</li>
 *   <li><b>Location and period</b> are attributes: a missing one matches any; two present locations match when
 *       they share a place word ({@code Kursk region} and {@code Russia's Kursk Oblast}).</li>
 * </ul>
 */
public final class FigureTopics {
  private FigureTopics() {}

  private static final Map<String, String> MEASURE_SYNONYMS = Map.ofEntries(
      Map.entry("dead", "killed"), Map.entry("died", "killed"), Map.entry("deaths", "killed"),
      Map.entry("death", "killed"), Map.entry("fatalities", "killed"), Map.entry("lost their lives", "killed"),
      Map.entry("injured", "wounded"), Map.entry("hurt", "wounded"), Map.entry("injuries", "wounded"),
      Map.entry("sent", "deployed"), Map.entry("dispatched", "deployed"), Map.entry("stationed", "deployed"),
      Map.entry("mobilized", "deployed"), Map.entry("mobilised", "deployed"), Map.entry("fought", "deployed"),
      Map.entry("fighting", "deployed"), Map.entry("serving", "deployed"), Map.entry("transferred", "deployed"),
      Map.entry("taken prisoner", "captured"), Map.entry("detained", "arrested"), Map.entry("fled", "displaced"));

  private static final Map<String, String> HEAD_CLASSES = Map.ofEntries(
      Map.entry("soldier", "troops"), Map.entry("troop", "troops"), Map.entry("personnel", "troops"),
      Map.entry("serviceman", "troops"), Map.entry("servicemen", "troops"), Map.entry("servicemember", "troops"),
      Map.entry("fighter", "troops"), Map.entry("combatant", "troops"), Map.entry("conscript", "troops"),
      Map.entry("recruit", "troops"), Map.entry("force", "troops"), Map.entry("infantryman", "troops"),
      Map.entry("resident", "residents"), Map.entry("inhabitant", "residents"), Map.entry("villager", "residents"),
      Map.entry("local", "residents"), Map.entry("child", "children"), Map.entry("children", "children"),
      Map.entry("kid", "children"), Map.entry("minor", "children"), Map.entry("person", "people"),
      Map.entry("people", "people"), Map.entry("individual", "people"));

  private static final Set<String> LEADING_WORDS = Set.of("the", "some", "about", "of", "a", "an", "its", "their",
      "his", "her", "these", "those", "all", "more", "other", "further", "additional", "another");
  private static final Set<String> PLACE_FILLER = Set.of("the", "of", "region", "oblast", "province", "area",
      "district", "state", "city", "town", "near", "in", "and", "regions", "republic");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern COORDINATION = Pattern.compile("\\s*(?:,\\s*(?:or\\s+|and\\s+)?|\\s+or\\s+|\\s+and\\s+)\\s*");

  /** What is counted: the key part (a group or a head class) and the head class (null when unsaid). */
  public record Subject(String key, String headClass) {}

  /** The topic key of a claim, or empty when the claim says too little (no measure or no subject) to group. */
  public static Optional<String> topicKey(String subject, String measure, String unit) {
    String m = measureClass(measure);
    Subject s = subject(subject);
    if (m == null || s == null) {
      return Optional.empty();
    }
    return Optional.of(m + "|" + s.key() + "|" + (unit == null ? "count" : unit));
  }

  /**
   * The topic key of a claim inside its story ({@code story|measure|subject|unit}): figures of different stories
   * never meet. A claim with no story (written before stories) gets the old key, {@code measure|subject|unit}.
   */
  public static Optional<String> topicKey(String storyId, String subject, String measure, String unit) {
    Optional<String> key = topicKey(subject, measure, unit);
    return storyId == null ? key : key.map(k -> storyId + "|" + k);
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

  /** The measure class: synonyms mapped, parts of a coordinated measure sorted and joined by {@code +}. */
  public static String measureClass(String measure) {
    if (measure == null || measure.isBlank()) {
      return null;
    }
    String m = measure.toLowerCase(Locale.ROOT).trim();
    if (m.equals("casualties") || m.equals("casualty")) {
      return "killed+wounded";
    }
    Set<String> parts = new TreeSet<>();
    for (String p : COORDINATION.split(m)) {
      if (!p.isBlank()) {
        parts.add(MEASURE_SYNONYMS.getOrDefault(p.trim(), p.trim()));
      }
    }
    return parts.isEmpty() ? null : String.join("+", parts);
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

  /** The subject's key and head class, or null for no subject. */
  public static Subject subject(String subject) {
    if (subject == null || subject.isBlank()) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String w : subject.trim().split("[\\s\u00a0]+")) {
      String clean = POSSESSIVE.matcher(EDGE_PUNCTUATION.matcher(w).replaceAll("")).replaceAll("");
      if (!clean.isEmpty()) {
        words.add(clean);
      }
    }
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
    if (proper == words.size()) {
      // A bare demonym or proper group ("North Koreans", "Ukrainians"): the group, head unsaid.
      List<String> group = new ArrayList<>(lower(words));
      group.set(group.size() - 1, singular(group.get(group.size() - 1)));
      return new Subject(String.join(" ", group), null);
    }
    List<String> rest = lower(words.subList(proper, words.size()));
    String head = singular(rest.get(rest.size() - 1));
    String headClass = HEAD_CLASSES.getOrDefault(head, head);
    if (rest.size() > 1) {
      headClass = String.join(" ", rest.subList(0, rest.size() - 1)) + " " + headClass;
    }
    if (proper > 0) {
      return new Subject(String.join(" ", lower(words.subList(0, proper))), headClass);
    }
    return new Subject(headClass, headClass);
  }

  /** Head classes match when equal or when either is unsaid. */
  public static boolean headsMatch(String a, String b) {
    return a == null || b == null || a.equals(b);
  }

  /** Periods match when equal (ignoring case) or when either is unsaid. */
  public static boolean periodsMatch(String a, String b) {
    if (a == null || b == null) {
      return !(isRate(a) || isRate(b)); // a rate ("per year") is another question than a count with no period
    }
    return a.trim().equalsIgnoreCase(b.trim());
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
      String word = POSSESSIVE.matcher(w).replaceAll("").replace("'", "").replace("’", "");
      if (!word.isEmpty() && !PLACE_FILLER.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  private static List<String> lower(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static String singular(String w) {
    if (HEAD_CLASSES.containsKey(w) || w.length() < 4) {
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
