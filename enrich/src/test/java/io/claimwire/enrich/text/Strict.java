package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Extraction in tests: every sentence must come through; a failure a sentence was isolated from fails the test. */
final class Strict {
  private Strict() {}

  static List<Figure> figures(FigureExtractor extractor, String text) {
    FigureExtractor.Result r = extractor.extractAll(text);
    assertThat(r.failures()).as("sentences whose extraction failed").isEmpty();
    return r.figures();
  }
}
