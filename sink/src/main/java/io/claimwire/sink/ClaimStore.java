package io.claimwire.sink;

import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSummary;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Where claims live. {@link #apply} writes a batch and the consumer positions that produced it in one
 * transaction, so a crash never doubles or drops a row.
 */
public interface ClaimStore extends AutoCloseable {
  /**
   * One batch: verdicts, claim sets, summary changes (in topic order; a null summary removes the topic), and the
   * next offsets to consume per partition.
   */
  record Batch(List<ArticleVerdict> verdicts, List<ClaimSet> claimSets, List<SummaryChange> summaries,
      Map<TopicPartition, Long> nextOffsets) {
    public Batch(List<ArticleVerdict> verdicts, List<ClaimSet> claimSets, Map<TopicPartition, Long> nextOffsets) {
      this(verdicts, claimSets, List.of(), nextOffsets);
    }
  }

  /** The latest summary of a figure topic, or null when nothing is reported on it any more. */
  record SummaryChange(String topicKey, ClaimSummary summary) {}

  void apply(String group, Batch batch);

  /** Next offsets to consume, as stored with the last batch; empty when none was stored. */
  Map<TopicPartition, Long> positions(String group);

  /** Streams a table as JSON objects ({@code claims}, {@code verdicts}, {@code claim-sets}, {@code summaries}). */
  void export(String what, Consumer<Map<String, Object>> out);

  long count(String table);

  /** Claims matching the query, one page; each row also has {@code seq}, its place in the live stream. */
  List<Map<String, Object>> claims(ClaimQuery query);

  /** One claim with its evidence (sentence and offsets in the article's cleaned text). */
  java.util.Optional<Map<String, Object>> claim(String claimId);

  /** Claims stored after the given stream position, in order (the live stream). */
  List<Map<String, Object>> claimsAfter(long seq, int limit);

  /** The newest stream position (0 when empty). */
  long lastClaimSeq();

  /** Summaries, most recently changed first, optionally of one status. */
  List<Map<String, Object>> summaries(String status, int limit, int offset);

  java.util.Optional<Map<String, Object>> summary(String topicKey);

  /** An article: its versions, its syndicated copies and its current claim set. */
  java.util.Optional<Map<String, Object>> article(String articleId);

  /** True when the database answers. */
  boolean reachable();

  @Override
  void close();
}
