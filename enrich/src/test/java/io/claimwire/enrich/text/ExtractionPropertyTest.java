package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Never throws, never loops: random text built from the pieces extraction reacts to. */
class ExtractionPropertyTest {
  private static final String[] PIECES = {"at least", "1,000", "2.5m", "$3bn", "half a", "million", "dozens of",
      "killed", "wounded", "and", "or", ",", ".", "\n", "\n\n", "according to", "said", "The", "U.S.", "Dec.", "19",
      "2024", "-", "–", "between", "to", "(", ")", "\"", "“", "’s", "citing", "F-16", "155mm", "%", "per day",
      "in the", "Kursk region", "Minister", "John Smith", "he said", "of which", "x", "", "   ", "\u00a0", "1 000",
      "9999999999999999999999", "0.0.0", "a", "thousand", "twenty-one", "last 24 hours", ":", "Ωμέγα", "İstanbul"};

  @Test
  void shouldNeverThrowOrHangOnRandomText() {
    Random random = new Random(20261122L);
    FigureExtractor extractor = new FigureExtractor();
    TextCleaner cleaner = new TextCleaner();
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (int run = 0; run < 2_000; run++) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) {
          sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        String text = sb.toString();
        assertThatCode(() -> {
          for (Figure f : Strict.figures(extractor, cleaner.clean(text))) {
            assertThat(f.start()).isLessThanOrEqualTo(f.figureStart());
            assertThat(f.figureEnd()).isLessThanOrEqualTo(f.end());
          }
        }).as("input: %s", text).doesNotThrowAnyException();
      }
    });
  }
}
