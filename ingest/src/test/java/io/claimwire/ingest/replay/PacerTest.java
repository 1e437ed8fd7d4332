package io.claimwire.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pacing with a ticker the test drives: no wall clock. */
class PacerTest {
  /** A clock that moves only when the pacer sleeps (or the test advances it), recording each sleep. */
  static final class FakeTicker implements Pacer.Ticker {
    long now = 1_000_000_000L;
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleepNanos(long nanos) {
      sleeps.add(nanos);
      now += nanos;
    }
  }

  @Test
  void aRateSpacesRecordsEvenlyAndCatchesUpAfterASlowSend() throws Exception {
    FakeTicker t = new FakeTicker();
    Pacer p = new Pacer(10.0, null, t);
    for (int i = 0; i < 4; i++) {
      p.await(null);
    }
    assertThat(t.sleeps).containsExactly(100_000_000L, 100_000_000L, 100_000_000L);
    t.now += 250_000_000L; // sending took a while: the next records are due at once, then the schedule resumes
    p.await(null);
    p.await(null);
    p.await(null);
    // records 4 and 5 were due at 400 and 500 ms (it is 550): sent at once; record 6 waits until 600 ms
    assertThat(t.sleeps).hasSize(4).last().isEqualTo(50_000_000L);
    assertThat(t.now - 1_000_000_000L).isEqualTo(600_000_000L);
  }

  @Test
  void aSpeedKeepsTheOriginalPacingScaled() throws Exception {
    FakeTicker t = new FakeTicker();
    Pacer p = new Pacer(null, 60.0, t);
    Instant t0 = Instant.parse("2026-11-01T08:00:00Z");
    p.await(t0);
    p.await(t0.plusSeconds(60)); // a minute later in the archive: one second later at 60x
    p.await(null); // no time: at once
    p.await(t0.plusSeconds(30)); // earlier than the last: at once
    p.await(t0.plusSeconds(600));
    assertThat(t.sleeps).containsExactly(1_000_000_000L, 9_000_000_000L);
  }

  @Test
  void fullSpeedNeverWaitsAndBadSettingsAreRefused() throws Exception {
    FakeTicker t = new FakeTicker();
    Pacer p = new Pacer(null, null, t);
    for (int i = 0; i < 100; i++) {
      p.await(Instant.parse("2026-11-01T08:00:00Z").plusSeconds(i * 3600L));
    }
    assertThat(t.sleeps).isEmpty();
    assertThatThrownBy(() -> new Pacer(1.0, 2.0, t)).hasMessageContaining("not both");
    assertThatThrownBy(() -> new Pacer(0.0, null, t)).hasMessageContaining("positive");
  }
}
