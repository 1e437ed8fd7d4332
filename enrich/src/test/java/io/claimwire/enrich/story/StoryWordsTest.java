package io.claimwire.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryWordsTest {
  private final StoryWords words = StoryWords.forThread();

  @Test
  void aWordIsFoundByTheCharactersOfTheTextItStandsIn() {
    String text = "Rescuers said Twelve rescuers and twelve divers";
    StoryWords.Word rescuers = words.word(text, 0, 8);
    assertThat(rescuers.surface).isEqualTo("Rescuers");
    assertThat(rescuers.lower).isEqualTo("rescuers");
    assertThat(rescuers.stem()).isEqualTo("rescuer");
    assertThat(words.word(text, 0, 8)).isSameAs(rescuers);
    assertThat(words.word(text, 21, 29)).isNotSameAs(rescuers); // another spelling: "rescuers"
    assertThat(words.word(text, 14, 20).figure).isEqualTo(12L);
    assertThat(words.word(text, 34, 40).figure).isEqualTo(12L);
    assertThat(words.word(text, 5, 8).figure).isNull(); // "ers"
  }

  /** Past its limit the table starts again: every answer stays the word's own, and its size stays bounded. */
  @Test
  void answersStayExactWhenTheTableFillsAndStartsAgain() {
    Random r = new Random(20261207L);
    StringBuilder text = new StringBuilder();
    int[] starts = new int[StoryWords.LIMIT * 2 + 1000];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = text.length();
      text.append(i % 3 == 0 ? "Word" : "word").append(Integer.toString(i, 26).replaceAll("\\d", "x")).append(' ');
    }
    String s = text.toString();
    for (int k = 0; k < 20_000; k++) {
      int i = r.nextInt(starts.length);
      int end = s.indexOf(' ', starts[i]);
      StoryWords.Word w = words.word(s, starts[i], end);
      assertThat(w.surface).isEqualTo(s.substring(starts[i], end));
      assertThat(w.lower).isEqualTo(w.surface.toLowerCase(Locale.ROOT));
    }
    for (int i = 0; i < starts.length; i++) {
      StoryWords.Word w = words.word(s, starts[i], s.indexOf(' ', starts[i]));
      assertThat(w.surface).isEqualTo(s.substring(starts[i], s.indexOf(' ', starts[i])));
    }
    assertThat(words.size()).isLessThanOrEqualTo(StoryWords.LIMIT);
  }
}
