package io.claimwire.schemas;

import java.util.LinkedHashMap;
import java.util.Map;

/** How a topic is created: partitions, cleanup policy, retention ({@code -1} keeps everything) and the record bound. */
public record TopicSpec(int partitions, Cleanup cleanup, long retentionMs) {
  public enum Cleanup { DELETE, COMPACT }

  public TopicSpec {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
  }

  /** Broker-side topic configs for {@code AdminClient.createTopics}. */
  public Map<String, String> configs() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("cleanup.policy", cleanup == Cleanup.COMPACT ? "compact" : "delete");
    c.put("retention.ms", Long.toString(retentionMs));
    // Room for the largest record the limits let in (the broker's default is 1 MB): see Limits
    c.put("max.message.bytes", Integer.toString(Limits.MAX_RECORD_BYTES));
    return c;
  }
}
