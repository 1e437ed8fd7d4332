package io.claimwire.sink;

import io.claimwire.schemas.DeadLetterHeaders;
import io.claimwire.schemas.Topics;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.ClaimSet;
import io.claimwire.schemas.avro.ClaimSummary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes verdicts, claim sets and claim summaries into the {@link ClaimStore}. Positions live in the store, written with the
 * rows; on assignment the consumer seeks to them, so the store is exact after any crash. A record that cannot
 * be decoded goes to the sink's dead-letter topic and its position moves on with the batch.
 */
public final class SinkService implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> deadLetters;
  private final ClaimStore store;
  private final Topics topics;
  private final String group;
  private volatile boolean running = true;
  private volatile boolean caughtUp;

  public SinkService(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> deadLetters, ClaimStore store,
      Topics topics, String group) {
    this.consumer = consumer;
    this.deadLetters = deadLetters;
    this.store = store;
    this.topics = topics;
    this.group = group;
  }

  @Override
  public void run() {
    consumer.subscribe(List.of(topics.verdicts.name(), topics.claimSets.name(), topics.claimSummaries.name()), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> stored = store.positions(group);
        for (TopicPartition tp : partitions) {
          Long next = stored.get(tp);
          if (next != null) {
            consumer.seek(tp, next);
          } else {
            consumer.seekToBeginning(List.of(tp));
          }
        }
      }
    });
    Deserializer<ArticleVerdict> verdicts = topics.verdicts.valueSerde().deserializer();
    Deserializer<ClaimSet> sets = topics.claimSets.valueSerde().deserializer();
    Deserializer<ClaimSummary> summaries = topics.claimSummaries.valueSerde().deserializer();
    try {
      while (running) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
          var assigned = consumer.assignment();
          caughtUp = !assigned.isEmpty() && assigned.stream().allMatch(tp -> consumer.currentLag(tp).orElse(1) == 0);
          continue;
        }
        caughtUp = false;
        List<ArticleVerdict> vs = new ArrayList<>();
        List<ClaimSet> cs = new ArrayList<>();
        List<ClaimStore.SummaryChange> ss = new ArrayList<>();
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
          next.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
          boolean summary = r.topic().equals(topics.claimSummaries.name());
          if (r.value() == null && !summary) {
            continue;
          }
          try {
            if (summary) {
              String key = new String(r.key(), StandardCharsets.UTF_8);
              ss.add(new ClaimStore.SummaryChange(key,
                  r.value() == null ? null : summaries.deserialize(r.topic(), r.value())));
            } else if (r.topic().equals(topics.verdicts.name())) {
              vs.add(verdicts.deserialize(r.topic(), r.value()));
            } else {
              cs.add(sets.deserialize(r.topic(), r.value()));
            }
          } catch (RuntimeException e) {
            deadLetter(r, e);
          }
        }
        deadLetters.flush();
        store.apply(group, new ClaimStore.Batch(vs, cs, ss, next));
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    }
  }

  private void deadLetter(ConsumerRecord<byte[], byte[]> r, RuntimeException e) {
    LOG.warn("dead-lettering {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
    RecordHeaders h = new RecordHeaders();
    h.add(DeadLetterHeaders.STAGE, "sink".getBytes(StandardCharsets.UTF_8));
    h.add(DeadLetterHeaders.REASON, String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
    h.add(DeadLetterHeaders.SOURCE_TOPIC, r.topic().getBytes(StandardCharsets.UTF_8));
    h.add(DeadLetterHeaders.ORIGIN, (r.topic() + "-" + r.partition() + "@" + r.offset()).getBytes(StandardCharsets.UTF_8));
    h.add(DeadLetterHeaders.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
    deadLetters.send(new ProducerRecord<>(topics.dlqSink.name(), null, null, r.key(), r.value(), h));
  }

  /** True when the last poll found nothing and every assigned partition was at its end (last stable offset). */
  public boolean caughtUp() {
    return caughtUp;
  }

  /** Stops the loop from another thread; the current batch is finished or rolled back first. */
  public void stop() {
    running = false;
    consumer.wakeup();
  }

  @Override
  public void close() {
    stop();
  }
}
