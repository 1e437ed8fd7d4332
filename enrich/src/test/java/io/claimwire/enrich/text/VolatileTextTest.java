package io.claimwire.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwire.schemas.ContentFingerprint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolatileTextTest {
  private static final String BODY = "The council approved 14 new bus lanes on Monday. ";

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "12 comments | 15 comments", "Comments (4) | Comments (19)", "Viewed 1,204 times | Viewed 1,388 times",
      "Updated 3 hours ago | Updated 5 hours ago", "2.1k shares | 2.4k shares", "Likes: 88 | Likes: 102",
      "posted 40 minutes ago | posted 2 hours ago"})
  void aCounterChangeLeavesTheFingerprintAlone(String before, String after) {
    assertThat(ContentFingerprint.of(VolatileText.stable(BODY + before)))
        .isEqualTo(ContentFingerprint.of(VolatileText.stable(BODY + after)));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "The council approved 14 new bus lanes. | The council approved 16 new bus lanes.",
      "Rescuers found 12 people. | Rescuers found 15 people.",
      "The fund holds 3 million euros. | The fund holds 4 million euros."})
  void aChangedFigureInTheProseChangesIt(String before, String after) {
    assertThat(ContentFingerprint.of(VolatileText.stable(before)))
        .isNotEqualTo(ContentFingerprint.of(VolatileText.stable(after)));
  }
}
