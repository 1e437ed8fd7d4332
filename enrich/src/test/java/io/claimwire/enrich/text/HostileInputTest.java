package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and random input: extraction never throws, and every figure's evidence is an exact slice of the cleaned
 * text. How work grows with input size is measured by {@code LargeInputBenchmark} in the bench module, not here:
 * these tests do not time anything.
 */
class HostileInputTest {
  private final FigureExtractor extractor = new FigureExtractor();
  private final TextCleaner cleaner = new TextCleaner();

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("a million digits", "9".repeat(1_000_000)),
        Arguments.of("a million digits with separators", "1,000,".repeat(150_000)),
        Arguments.of("one megabyte of prose with figures", ("At least 40 people were killed in Port Vell, the mayor said. "
            + "Officials said between 200 and 300 homes were damaged on Dec. 19. ").repeat(8_000)),
        Arguments.of("deeply nested parentheses", "(".repeat(100_000) + "40 people" + ")".repeat(100_000)),
        Arguments.of("a long run of punctuation", "!?.,;:-–—\"'“”".repeat(50_000)),
        Arguments.of("number words without end", "one two three four five six seven eight nine ten ".repeat(20_000)),
        Arguments.of("dots between digits", "1.2.3.4.5.6.7.8.9.".repeat(50_000)),
        Arguments.of("one enormous sentence of capitalised words", "Minister Ana Ruiz Said ".repeat(40_000)),
        Arguments.of("ranges chained by dashes", "10-20-30-40-".repeat(50_000)),
        Arguments.of("a quote never closed", "\"" + "The mayor said 40 homes were lost and ".repeat(20_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void shouldSurviveHostileInput(String name, String text) {
    String cleaned = cleaner.clean(text);
    List<Figure> figures = Strict.figures(extractor, cleaned);
    assertEvidenceIsExact(cleaned, figures);
    assertThat(figures).allSatisfy(f -> assertThat(Double.isFinite(f.value())).as("finite value").isTrue());
  }

  @Test
  void shouldSurviveRandomUnicode() {
    Random random = new Random(20261122L);
    for (int run = 0; run < 300; run++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(2_000);
      for (int i = 0; i < n; i++) {
        int kind = random.nextInt(10);
        int cp = switch (kind) {
          case 0 -> random.nextInt(0x10FFFF + 1); // anything, unpaired surrogates and unassigned included
          case 1 -> 0x1F600 + random.nextInt(80); // emoji outside the basic plane
          case 2 -> 0x0300 + random.nextInt(0x70); // combining marks
          case 3 -> '0' + random.nextInt(10);
          case 4 -> " \n\t.,;:!?\"'()-–—%$€£".charAt(random.nextInt(20));
          default -> 'a' + random.nextInt(26) - (random.nextBoolean() ? 32 : 0);
        };
        if (Character.isValidCodePoint(cp)) {
          sb.appendCodePoint(cp);
        }
      }
      String cleaned = cleaner.clean(sb.toString());
      assertEvidenceIsExact(cleaned, Strict.figures(extractor, cleaned));
    }
  }

  static void assertEvidenceIsExact(String text, List<Figure> figures) {
    for (Figure f : figures) {
      assertThat(f.start()).isBetween(0, text.length());
      assertThat(f.end()).isBetween(f.start(), text.length());
      assertThat(f.figureStart()).isBetween(f.start(), f.end());
      assertThat(f.figureEnd()).isBetween(f.figureStart(), f.end());
      assertThat(text.substring(f.start(), f.end())).as("the evidence is the slice it claims to be").isEqualTo(f.sentence());
    }
  }
}
