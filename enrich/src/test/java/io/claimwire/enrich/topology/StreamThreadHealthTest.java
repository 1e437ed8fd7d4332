package io.claimwire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StreamThreadHealthTest {
  /** A clock the test moves. */
  static final class Manual extends Clock {
    Instant now = Instant.parse("2026-12-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void oneFailureIsABlipButThreadsThatKeepDyingAreNotReadyUntilAWindowPassesQuietly() {
    Manual clock = new Manual();
    StreamThreadHealth health = new StreamThreadHealth(clock);
    assertThat(health.keepsDying()).isFalse();

    health.threadFailed();
    assertThat(health.keepsDying()).as("one replaced thread").isFalse();

    clock.now = clock.now.plus(Duration.ofSeconds(45));
    health.threadFailed();
    assertThat(health.keepsDying()).as("replaced again 45 s later").isTrue();

    clock.now = clock.now.plus(StreamThreadHealth.WINDOW);
    assertThat(health.keepsDying()).as("a whole window without the first of them").isFalse();

    clock.now = clock.now.plus(Duration.ofHours(1));
    health.threadFailed();
    assertThat(health.keepsDying()).as("failures an hour apart are blips").isFalse();
  }
}
