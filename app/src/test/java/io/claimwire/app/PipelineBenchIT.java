package io.claimwire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end benchmark runs on a small stream and says what it measured: every figure of its line is there and
 * positive, and the stream went through the whole pipeline (claims stored). It asserts no speed: that is for the
 * benchmark's reader, on a quiet machine.
 */
class PipelineBenchIT {
  @TempDir Path dir;

  @Test
  void aSmallStreamGoesThroughAndTheLineSaysWhatWasMeasured() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PipelineBench.Result r = PipelineBench.run(60, 7L, dir, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(r.articles()).isEqualTo(60);
    assertThat(r.perSecond()).isPositive();
    assertThat(r.claimsPerSecond()).isPositive();
    assertThat(r.bareRecordsPerSecond()).isPositive();
    assertThat(r.secondTenth()).isPositive();
    assertThat(r.lastTenth()).isPositive();
    assertThat(r.line()).matches("pipeline: [\\d,]+ articles/s end to end \\(second tenth [\\d,]+/s, last tenth [\\d,]+/s\\), "
        + "claims [\\d,]+/s, peak RSS -?[\\d,]+ MB; bare pass-through [\\d,]+ records/s; ratio \\d+\\.\\d{3}");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("generating 60 articles");
  }

  @Test
  void tenthsComeFromTheSamplesOfStoredClaimSetsInterpolated() {
    var samples = java.util.List.of(new long[] {10, 0}, new long[] {20, 3}, new long[] {30, 5}, new long[] {40, 10});
    long[] at = PipelineBench.tenths(new java.util.ArrayList<>(samples), 10, 0);
    assertThat(at[0]).isZero();
    // between the samples around it: 3 stored at 20 after 0 at 10, so the first of 10 at 13, the second at 17
    assertThat(at[1]).isEqualTo(13);
    assertThat(at[2]).isEqualTo(17);
    assertThat(at[3]).isEqualTo(20);
    assertThat(at[4]).isEqualTo(25);
    assertThat(at[6]).isEqualTo(32);
    assertThat(at[10]).isEqualTo(40);
  }
}
