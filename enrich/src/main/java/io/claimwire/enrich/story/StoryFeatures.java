package io.claimwire.enrich.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article is about, as weighted features: names (runs of capitalised words, titles and other common words
 * left out: people, places, organisations), the longer words of its title and body, and its larger figures. Names
 * weigh most and words of the title more than words of the body; common words ({@code story/common.tsv}) count for
 * nothing. At most {@value #MAX_FEATURES} features, the strongest.
 */
final class StoryFeatures {
  static final int MAX_FEATURES = 40;
  private static final double NAME = 3;
  private static final double TITLE_WORD = 2;
  private static final double BODY_WORD = 0.5;
  private static final double FIGURE = 1;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d[\\d,.]*\\d|\\d");
  private static final Set<String> COMMON = common();

  private StoryFeatures() {}

  static Map<String, Double> of(String title, String text) {
    Map<String, Double> f = new HashMap<>();
    add(f, title == null ? "" : title, true);
    add(f, text == null ? "" : text, false);
    f.replaceAll((k, w) -> Math.sqrt(w)); // a name said ten times is not ten times the story: damped
    return strongest(f, MAX_FEATURES);
  }

  /** The {@code n} heaviest features (ties by name, so the answer never depends on map order); all when fewer. */
  static Map<String, Double> strongest(Map<String, Double> v, int n) {
    if (v.size() <= n) {
      return v;
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(v.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(entries.get(i).getKey(), entries.get(i).getValue());
    }
    return out;
  }

  private static void add(Map<String, Double> f, String s, boolean title) {
    Matcher m = WORD.matcher(s);
    List<String> name = new ArrayList<>();
    boolean sentenceStart = true;
    int lastEnd = 0;
    while (m.find()) {
      String w = m.group();
      boolean newSentence = sentenceStart || ends(s, lastEnd, m.start());
      lastEnd = m.end();
      sentenceStart = false;
      boolean capital = Character.isUpperCase(w.charAt(0));
      boolean common = COMMON.contains(w.toLowerCase(Locale.ROOT));
      if (capital && !common && !(newSentence && name.isEmpty() && w.endsWith("s"))) {
        name.add(w); // "Ana Ruiz", "Marrow County"; not "Mayor", nor "Residents" opening a sentence
        continue;
      }
      flush(f, name);
      if (common) {
        continue;
      }
      if (Character.isDigit(w.charAt(0))) {
        String digits = w.replaceAll("[,.]", "");
        if (digits.length() >= 3 && !(digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20")))) {
          f.merge("#" + digits, FIGURE, Double::sum); // a figure of some size, not a year
        }
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() >= 5 && !COMMON.contains(lower)) {
        f.merge(lower, title ? TITLE_WORD : BODY_WORD, Double::sum);
      }
    }
    flush(f, name);
  }

  /** Whether a sentence ends between two words: a full stop, question or exclamation mark, or a line break. */
  private static boolean ends(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“') {
        return true;
      }
    }
    return false;
  }

  private static void flush(Map<String, Double> f, List<String> name) {
    if (!name.isEmpty()) {
      f.merge("@" + String.join(" ", name).toLowerCase(Locale.ROOT), NAME, Double::sum);
      name.clear();
    }
  }

  private static Set<String> common() {
    try (var in = StoryFeatures.class.getResourceAsStream("common.tsv")) {
      if (in == null) {
        throw new IllegalStateException("story/common.tsv is missing from the classpath");
      }
      Set<String> out = new java.util.HashSet<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t.split("\t")[0].toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
