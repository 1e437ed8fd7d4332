package io.claimwire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.enrich.text.Lexicon;
import io.claimwire.enrich.text.NumberParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoryFeaturesTest {
  @Test
  void namesWordsAndFiguresAreTheFeatures() {
    Map<String, Double> f = StoryFeatures.of("Floods in Marrow County", "Ana Ruiz said 1,200 homes were flooded in 2024. "
        + "Rescuers from Marrow County worked overnight.");
    assertThat(f).containsKeys("@ana ruiz", "@marrow county", "#1200", "flood", "rescuer", "overnight");
    assertThat(f).doesNotContainKeys("#2024", "@rescuers"); // a year; a plural opening a sentence is no name
    assertThat(f.get("@marrow county")).isGreaterThan(f.get("overnight"));
  }

  @Test
  void numberWordsAreFiguresAndPunctuationEndsAName() {
    Map<String, Double> f = StoryFeatures.of("Twelve die on Lake Merr", "ORSA, Oct 4 (Wire Desk) - Twenty-two were rescued.");
    assertThat(f).containsKeys("#12", "#22", "@orsa", "@lake merr", "@wire desk");
    assertThat(f).doesNotContainKeys("@twelve", "@twenty-two", "@orsa oct");
  }

  @Test
  void aHyphenBeforeACapitalJoinsTwoNamesEachANameOfItsOwn() {
    Map<String, Double> f = StoryFeatures.of("Commuters face Tolva-Mersk shutdown",
        "Trains on the Tolva-Mersk line stop in Kyiv-based firms' yards; Ana Ruiz-Vega said.");
    assertThat(f).containsKeys("@tolva", "@mersk", "@kyiv-based");
    assertThat(f).doesNotContainKeys("@tolva-mersk");
  }

  @Test
  void formsOfAWordAreOneFeatureAndFiguresOfTwoDigitsCount() {
    Map<String, Double> a = StoryFeatures.of("Train derails, killing 17", "Rescuers said 73 passengers were injured.");
    Map<String, Double> b = StoryFeatures.of("Derailment toll rises", "The train derailed; 73 people are injuring.");
    assertThat(a.keySet()).contains("#17", "#73", "injur", "derail");
    assertThat(b.keySet()).contains("#73", "injur", "derail");
    assertThat(StoryFeatures.of("", "Only 7 people came.")).doesNotContainKey("#7"); // one digit: too common to tell
  }

  /**
   * The hand-written scanner gives what the pattern it replaced gave ({@link #byPattern}, the earlier code kept here
   * as the reference), on seeded random text of letters of several scripts, digits, separators and marks.
   */
  @Test
  void theScannerFindsWhatThePatternFound() {
    String[] pieces = {"the", "The", "Heatwave", "Temperatures", " - ", "—", "Twelve", "twenty-two", "Marrow", "County", "said", "Ana", "Ruiz", "residents", "Residents", "O'Neill",
        "well-known", "rock’n’roll", "Tolva-Mersk", "-A", "x-Y",
        "über", "Ñandú", "Αθήνα", "東京", "\uD835\uDC00bc", "1,200", "3.5", "2024", "1.",
        "12,", "7", "-", "'", "’", ",", ".", "!", "?", ":", "\"", "“", "\n", " ", " ", " ", "٣٤٥", "x2", "A1"};
    Random random = new Random(20261207);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder title = new StringBuilder();
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        title.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      for (int k = random.nextInt(200); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      assertThat(StoryFeatures.of(title.toString(), text.toString())).as("%s | %s", title, text)
          .isEqualTo(byPattern(title.toString(), text.toString()));
    }
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}(?:[\\p{L}'’]|-(?!\\p{Lu}))*|\\d[\\d,.]*\\d|\\d");

  private static Map<String, Double> byPattern(String title, String text) {
    Map<String, Double> f = new HashMap<>();
    addByPattern(f, title, true);
    addByPattern(f, text, false);
    f.replaceAll((k, w) -> Math.sqrt(w));
    return StoryFeatures.strongest(f, StoryFeatures.MAX_FEATURES);
  }

  private static void addByPattern(Map<String, Double> f, String s, boolean title) {
    Matcher m = WORD.matcher(s);
    List<String> name = new ArrayList<>();
    boolean sentenceStart = true;
    int lastEnd = 0;
    while (m.find()) {
      String w = m.group();
      boolean newSentence = sentenceStart || StoryFeatures.ends(s, lastEnd, m.start()); // unchanged: shared
      if (!s.substring(lastEnd, m.start()).isBlank()) {
        flush(f, name);
      }
      lastEnd = m.end();
      sentenceStart = false;
      Double number = NumberParser.wordValue(w.toLowerCase(Locale.ROOT));
      if (number != null && number >= 10 && number == Math.rint(number)) {
        flush(f, name);
        f.merge("#" + number.longValue(), 1.0, Double::sum);
        continue;
      }
      boolean capital = Character.isUpperCase(w.charAt(0));
      boolean common = StoryFeatures.COMMON.contains(w.toLowerCase(Locale.ROOT));
      if (capital && !common && !(newSentence && name.isEmpty() && w.endsWith("s"))) {
        name.add(w);
        String lowerWord = w.toLowerCase(Locale.ROOT);
        if (newSentence && name.size() == 1 && lowerWord.length() >= 5 && Lexicon.hasLowerCaseForm(w)) {
          f.merge(StoryWords.stem(lowerWord), title ? 2.0 : 0.5, Double::sum);
        }
        continue;
      }
      flush(f, name);
      if (common) {
        continue;
      }
      if (Character.isDigit(w.charAt(0))) {
        String digits = w.replaceAll("[,.]", "");
        if (digits.length() >= 2 && !(digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20")))) {
          f.merge("#" + digits, 1.0, Double::sum);
        }
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() >= 5 && !StoryFeatures.COMMON.contains(lower)) {
        f.merge(StoryWords.stem(lower), title ? 2.0 : 0.5, Double::sum);
      }
    }
    flush(f, name);
  }

  private static void flush(Map<String, Double> f, List<String> name) {
    if (!name.isEmpty()) {
      f.merge("@" + String.join(" ", name).toLowerCase(Locale.ROOT), 3.0, Double::sum);
      name.clear();
    }
  }
}
