package io.claimwire.app;

import io.claimwire.enrich.summary.Summarizer;
import io.claimwire.enrich.topology.EnrichConfig;
import java.time.Duration;

/** Enrich's knobs: dedup retention window, RocksDB memory cap, dispute tolerance of summaries, story window. */
public record Tuning(Duration dedupRetention, long rocksDbMemoryBytes, double disputeTolerance, Duration storyWindow) {
  public static Tuning defaults() {
    return new Tuning(EnrichConfig.DEFAULT_DEDUP_RETENTION, EnrichConfig.DEFAULT_ROCKSDB_MEMORY,
        Summarizer.DEFAULT_TOLERANCE, EnrichConfig.DEFAULT_STORY_WINDOW);
  }
}
