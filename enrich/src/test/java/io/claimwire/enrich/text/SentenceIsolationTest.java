package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A stage that throws on one sentence loses that sentence's figures only. */
class SentenceIsolationTest {
  @Test
  void shouldDropOnlyTheFailingSentencesFiguresAndSayWhere() {
    String text = "Crews rescued 14 hikers on Sunday, the coast guard said. The lighthouse had 3 keepers in 1900. "
        + "Another 60 people were evacuated from the valley.";
    FigureExtractor failing = new FigureExtractor(s -> {
      if (s.text().contains("lighthouse")) {
        throw new IllegalStateException("a stage that cannot read this sentence");
      }
    });
    FigureExtractor.Result r = failing.extractAll(text);
    assertThat(r.figures()).extracting(Figure::value).containsExactly(14.0, 60.0);
    assertThat(r.failures()).singleElement().satisfies(f -> {
      assertThat(text.substring(f.start(), f.end())).startsWith("The lighthouse").endsWith("1900.");
      assertThat(f.reason()).contains("cannot read this sentence");
    });
    assertThat(r.figures().get(0).source().name()).isEqualTo("coast guard");
  }

  @Test
  void shouldSurviveAStackOverflowInOneSentence() {
    FigureExtractor failing = new FigureExtractor(s -> {
      if (s.text().startsWith("Deep")) {
        throw new StackOverflowError();
      }
    });
    FigureExtractor.Result r = failing.extractAll("Deep in the mine, 9 men were trapped. Rescuers freed 7 of them.");
    assertThat(r.figures()).extracting(Figure::value).containsExactly(7.0);
    assertThat(r.failures()).hasSize(1);
  }
}
