package io.claimwire.enrich.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

  static final Set<String> COMMON = common();

  private StoryFeatures() {}

  static Map<String, Double> of(String title, String text) {
    Map<String, Double> f = new HashMap<>();
    add(f, title == null ? "" : title, true);
    add(f, text == null ? "" : text, false);
    f.replaceAll((k, w) -> Math.sqrt(w)); // a name said ten times is not ten times the story: damped
    return strongest(f, MAX_FEATURES);
  }

  /**
   * The {@code n} heaviest features (ties by name, so the answer never depends on map order); all when fewer. The
   * cut is found on the weights alone, sorted as numbers: only the ties at the cut are sorted by name.
   */
  static Map<String, Double> strongest(Map<String, Double> v, int n) {
    if (v.size() <= n) {
      return v;
    }
    double[] weights = new double[v.size()];
    int k = 0;
    for (double w : v.values()) {
      weights[k++] = w;
    }
    Arrays.sort(weights);
    double cut = weights[weights.length - n]; // the n-th heaviest
    Map<String, Double> out = new HashMap<>(2 * n);
    List<String> ties = new ArrayList<>();
    for (Map.Entry<String, Double> e : v.entrySet()) {
      double w = e.getValue();
      if (w > cut) {
        out.put(e.getKey(), e.getValue());
      } else if (w == cut) {
        ties.add(e.getKey());
      }
    }
    Collections.sort(ties);
    for (int i = 0; out.size() < n; i++) {
      out.put(ties.get(i), cut);
    }
    return out;
  }

  /**
   * Adds the features of {@code s}. Its words are runs of letters (with inner {@code '}, {@code ’} and {@code -}) and
   * figures (digits with inner {@code ,} and {@code .}, ending in a digit), scanned by hand: this runs on every
   * article the sequencer sees, and a pattern matcher cost twice as much here.
   */
  private static void add(Map<String, Double> f, String s, boolean title) {
    StoryWords words = StoryWords.forThread();
    List<String> name = new ArrayList<>();
    boolean sentenceStart = true;
    int lastEnd = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int start = i;
      boolean letter = isLetterAt(s, i);
      if (letter) {
        i += Character.charCount(s.codePointAt(i));
        while (i < n && (isInnerMark(s.charAt(i)) && !joinsNames(s, i) || isLetterAt(s, i))) {
          i += Character.charCount(s.codePointAt(i));
        }
      } else if (isDigit(c)) {
        i = figureEnd(s, i);
      } else {
        i++;
        continue;
      }
      boolean newSentence = sentenceStart || ends(s, lastEnd, start);
      if (!spaceOnly(s, lastEnd, start)) {
        flush(f, name); // "ORSA, Oct 4": a comma or a bracket ends a name
      }
      lastEnd = i;
      sentenceStart = false;
      if (!letter) {
        flush(f, name);
        String digits = digitsOf(s, start, i);
        if (digits.length() >= 2 && !(digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20")))) {
          f.merge("#" + digits, FIGURE, Double::sum); // a figure of some size, not a year
        }
        continue;
      }
      StoryWords.Word w = words.word(s, start, i);
      if (w.figure != null) {
        flush(f, name);
        f.merge("#" + w.figure, FIGURE, Double::sum); // "Twelve died" is the figure 12, not a name
        continue;
      }
      if (Character.isUpperCase(c) && !w.common && !(newSentence && name.isEmpty() && w.surface.endsWith("s"))) {
        name.add(w.lower); // "Ana Ruiz", "Marrow County"; not "Mayor", nor "Residents" opening a sentence
        if (newSentence && name.size() == 1 && w.lower.length() >= 5 && w.hasLowerCaseForm()) {
          f.merge(w.stem(), title ? TITLE_WORD : BODY_WORD, Double::sum); // "Heatwave grips ...": a word too
        }
        continue;
      }
      flush(f, name);
      if (!w.common && w.lower.length() >= 5) {
        f.merge(w.stem(), title ? TITLE_WORD : BODY_WORD, Double::sum);
      }
    }
    flush(f, name);
  }

  /** Whether only spaces stand between two words. */
  private static boolean spaceOnly(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A letter starts at {@code i} (a letter outside the first plane is two chars). */
  private static boolean isLetterAt(String s, int i) {
    char c = s.charAt(i);
    return Character.isSurrogate(c) ? Character.isLetter(s.codePointAt(i)) : Character.isLetter(c);
  }

  /** An ASCII digit, as a pattern's {@code \\d} is. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A hyphen before a capital joins two names ("the Tolva-Mersk line", "Israel-Gaza"): each is a name of its own. */
  private static boolean joinsNames(String s, int i) {
    return s.charAt(i) == '-' && i + 1 < s.length() && Character.isUpperCase(s.codePointAt(i + 1));
  }

  private static boolean isInnerMark(char c) {
    return c == '\'' || c == '’' || c == '-';
  }

  /** The end of the figure that starts with the digit at {@code i}: digits, with ',' or '.' only between digits. */
  private static int figureEnd(String s, int i) {
    int n = s.length();
    int end = i + 1; // one digit is a figure of its own
    int j = i + 1;
    while (j < n && (isDigit(s.charAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.')) {
      if (isDigit(s.charAt(j))) {
        end = j + 1;
      }
      j++;
    }
    return end;
  }

  private static String digitsOf(String s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c != ',' && c != '.') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Whether a sentence ends between two words: a full stop, question or exclamation mark, or a line break. */
  static boolean ends(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“' || c == '–' || c == '—'
          || c == '-' && to - from > 1) { // "(Wire Desk) - Temperatures": a dash between words opens a sentence
        return true;
      }
    }
    return false;
  }

  private static void flush(Map<String, Double> f, List<String> name) {
    if (!name.isEmpty()) {
      f.merge("@" + String.join(" ", name), NAME, Double::sum); // the names' words in lower case
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
