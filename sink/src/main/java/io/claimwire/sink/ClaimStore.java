package io.claimwire.sink;

import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.ClaimSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Where claims live. {@link #apply} writes a batch and the consumer positions that produced it in one
 * transaction, so a crash never doubles or drops a row.
 */
public interface ClaimStore extends AutoCloseable {
  /** One batch: verdicts, claim sets, and the next offsets to consume per partition. */
  record Batch(List<ArticleVerdict> verdicts, List<ClaimSet> claimSets, Map<TopicPartition, Long> nextOffsets) {}

  void apply(String group, Batch batch);

  /** Next offsets to consume, as stored with the last batch; empty when none was stored. */
  Map<TopicPartition, Long> positions(String group);

  /** Streams a table as JSON objects ({@code claims}, {@code verdicts}, {@code claim-sets}). */
  void export(String what, Consumer<Map<String, Object>> out);

  long count(String table);

  @Override
  void close();
}
