package io.claimwire.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFingerprintsTest {
  private static final String BODY = "The council approved 14 new bus lanes on Monday, the mayor said. ";

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "12 comments | 15 comments", "Comments (4) | Comments (19)", "Viewed 1,204 times | Viewed 1,388 times",
      "Updated 3 hours ago | Updated 5 hours ago", "2.1k shares | 2.4k shares", "Likes: 88 | Likes: 102",
      "posted 40 minutes ago | posted 2 hours ago", "12 comments | ''",
      "Updated 14:05 GMT, 3 Dec 2026 | Updated 16:40 GMT, 3 Dec 2026", "Last updated at 9:15 am | Last updated at 11:02 am",
      "Published on Monday 2 March 2026 | Published on Tuesday 3 March 2026"})
  void aCounterChangeLeavesBothFingerprintsAlone(String before, String after) {
    TextFingerprints a = TextFingerprints.of(BODY + before);
    TextFingerprints b = TextFingerprints.of(BODY + after);
    assertThat(a.exact()).isEqualTo(b.exact());
    assertThat(a.numbers()).as("a counter is not a reported number").isEqualTo(b.numbers());
    assertThat(NearDuplicates.similarity(a.nearDuplicate(), b.nearDuplicate())).isEqualTo(1.0);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "The council approved 14 new bus lanes. | The council approved 16 new bus lanes.",
      "Rescuers found 12 people. | Rescuers found 15 people.",
      "The fund holds 3.5 million euros. | The fund holds 35 million euros.",
      "The fund holds 3 million euros. | The fund holds 3 billion euros.",
      "The report, published on Monday, said 40 people died. | The report, published on Monday, said 41 people died.",
      "The institute published 12 studies. | The institute published 14 studies."})
  void aChangedFigureInTheProseChangesIt(String before, String after) {
    assertThat(TextFingerprints.of(before).exact()).isNotEqualTo(TextFingerprints.of(after).exact());
  }

  @Test
  void caseQuotesPunctuationAndSpacingDoNotMatter() {
    assertThat(TextFingerprints.of("The mayor said: \"Stay home.\"\n\nRoads are closed.").exact())
        .isEqualTo(TextFingerprints.of("the Mayor said “stay home”  roads are CLOSED").exact());
  }

  @Test
  void thousandsSeparatorsJoinANumberAndDecimalPointsAreKept() {
    assertThat(TextFingerprints.of("About 1,200 people left.").numbers())
        .isEqualTo(TextFingerprints.of("About 1200 people left.").numbers());
    assertThat(TextFingerprints.of("About 1.2 people left.").numbers())
        .isNotEqualTo(TextFingerprints.of("About 12 people left.").numbers());
    assertThat(TextFingerprints.of("12 people, 40 homes and 12 roads").numbers()).hasSize(2);
  }

  @Test
  void neverThrowsOnRandomText() {
    Random r = new Random(20261202L);
    String alphabet = "aZ9 ,.:()'\"“”-\nÉß한😀k";
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(80);
      for (int j = 0; j < n; j++) {
        sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
            r.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      TextFingerprints f = TextFingerprints.of(sb.toString());
      assertThat(f.exact()).hasSize(32);
      assertThat(NearDuplicates.readable(f.nearDuplicate())).isTrue();
    }
  }
}
