package io.claimwire.enrich.topology;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * When each figure topic last took a contribution (by record time), kept twice: by topic, and in time order
 * ({@link ArticleSequencer#expiryKey}), so that finding the topics quiet for longer than a horizon reads only them.
 */
final class TopicExpiry {
  private final KeyValueStore<String, Long> lastChange;
  private final KeyValueStore<Bytes, String> byTime;

  TopicExpiry(KeyValueStore<String, Long> lastChange, KeyValueStore<Bytes, String> byTime) {
    this.lastChange = lastChange;
    this.byTime = byTime;
  }

  /**
   * How often a stream-time purge of state kept for {@code window} runs: a 24th of the window, at most every ten
   * minutes of stream time, at least every millisecond.
   */
  static Duration purgeInterval(Duration window) {
    Duration every = window.dividedBy(24).compareTo(Duration.ofMinutes(10)) < 0 ? window.dividedBy(24)
        : Duration.ofMinutes(10);
    return every.isZero() ? Duration.ofMillis(1) : every;
  }

  /** The topic took a contribution at {@code time}. */
  void touched(String topic, long time) {
    Long before = lastChange.get(topic);
    if (before != null && before >= time) {
      return;
    }
    if (before != null) {
      byTime.delete(ArticleSequencer.expiryKey(before, topic));
    }
    lastChange.put(topic, time);
    byTime.put(ArticleSequencer.expiryKey(time, topic), "");
  }

  /** The topics whose last contribution is before {@code cutoff}, forgotten here as they are returned. */
  List<String> expire(long cutoff) {
    List<KeyValue<Bytes, String>> due = new ArrayList<>();
    try (var it = byTime.range(ArticleSequencer.expiryKey(0, ""), ArticleSequencer.expiryKey(cutoff, ""))) {
      it.forEachRemaining(due::add);
    }
    List<String> topics = new ArrayList<>(due.size());
    for (KeyValue<Bytes, String> e : due) {
      byte[] key = e.key.get();
      String topic = new String(key, 8, key.length - 8, StandardCharsets.UTF_8);
      byTime.delete(e.key);
      lastChange.delete(topic);
      topics.add(topic);
    }
    return topics;
  }
}
