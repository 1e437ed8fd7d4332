package io.claimwire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {
  /** The definition the fast loop implements: NFKC, lower case, non-alphanumeric runs as one space, trimmed. */
  private static String reference(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return s.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
  }

  @Test
  void normaliseMatchesItsDefinitionOnRandomText() {
    Random r = new Random(20261202L);
    String alphabet = "aZ9 ,.'\"“”’-\n\tÉéßİıΣσ½ﬁ①한글😀\u00a0\u2009";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      String text = sb.toString();
      assertThat(ContentFingerprint.normalise(text)).as("%s", text).isEqualTo(reference(text));
    }
  }

  @Test
  void quoteStyleCaseAndSpacingDoNotMatter() {
    assertThat(ContentFingerprint.of("The mayor said: \"Stay home.\"\n\nRoads are closed."))
        .isEqualTo(ContentFingerprint.of("the Mayor said “stay home”  roads are CLOSED"));
  }
}
