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

  /**
   * Who reads, from where: a consumer group on one Kafka cluster, with the id of each topic it reads. Positions are
   * stored with the cluster id and topic id, and only positions of this cluster and these topics are used: a store
   * pointed at a new cluster (a wiped data directory) or at a re-created topic reads from the beginning instead of
   * skipping records. Writes are idempotent, so reading again changes nothing.
   */
  record Origin(String group, String clusterId, Map<String, String> topicIds) {
    public Origin {
      java.util.Objects.requireNonNull(group, "group");
      java.util.Objects.requireNonNull(clusterId, "clusterId");
      topicIds = Map.copyOf(topicIds);
    }

    /** The id of a topic this origin reads; fails for any other topic. */
    public String topicId(String topic) {
      String id = topicIds.get(topic);
      if (id == null) {
        throw new IllegalArgumentException("topic " + topic + " is not one the sink reads: " + topicIds.keySet());
      }
      return id;
    }
  }

  /** Writes the batch and its next offsets, recorded with the origin's cluster and topic ids, in one transaction. */
  void apply(Origin origin, Batch batch);

  /**
   * Next offsets to consume, as stored with the last batch of this group on this cluster and these topics; empty
   * when none was stored. Positions of another cluster or of an earlier topic of the same name are not returned.
   */
  Map<TopicPartition, Long> positions(Origin origin);

  /**
   * Streams a table as JSON objects ({@code claims}, {@code verdicts}, {@code claim-sets}, {@code summaries}), or
   * {@code stories}: one object per story with its articles.
   */
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

  /** Stories, most recently active first: id, title, first and last seen, how many articles. */
  List<Map<String, Object>> stories(int limit, int offset);

  /** A story: its articles (latest version of each) and its figure summaries, disputes first. */
  java.util.Optional<Map<String, Object>> story(String storyId);

  /** An article: its versions, its syndicated copies and its current claim set. */
  java.util.Optional<Map<String, Object>> article(String articleId);

  /** True when the database answers. */
  boolean reachable();

  @Override
  void close();
}
