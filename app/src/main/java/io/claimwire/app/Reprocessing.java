package io.claimwire.app;

import io.claimwire.ingest.CommittedReads;
import io.claimwire.schemas.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Stored unique articles sent through stories and extraction again ({@code claimwire reprocess}). */
public final class Reprocessing {
  private Reprocessing() {}

  /**
   * Sends the stored unique articles (the latest version of each, from the compacted articles topic) whose record
   * time is at or after {@code from} to the restory topic: enrich's sequencer gives a story to each that has none
   * (written before stories) and sends it on to the reprocess topic, where it is extracted again with the current
   * extractor; returns how many were sent.
   */
  public static long send(PipelineSettings settings, Topics topics, Instant from, LongConsumer progress) {
    long[] sent = {0};
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.producerProps(),
        new ByteArraySerializer(), new ByteArraySerializer())) {
      CommittedReads.readToEnd(settings.clientProps(), topics.articles.name(), r -> {
        progress.accept(1);
        if (r.value() == null || r.timestamp() < from.toEpochMilli()) {
          return;
        }
        producer.send(new ProducerRecord<>(topics.articlesRestory.name(), r.key(), r.value()));
        sent[0]++;
      });
      producer.flush();
    }
    return sent[0];
  }

  /** Records in the articles topic now (a progress bar's total; compaction may make it an upper bound). */
  public static long articleRecords(PipelineSettings settings, Topics topics) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings.clientProps(),
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = consumer.partitionsFor(topics.articles.name()).stream()
          .map(pi -> new TopicPartition(pi.topic(), pi.partition())).toList();
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(parts);
      return consumer.endOffsets(parts).entrySet().stream().mapToLong(e -> e.getValue() - begin.get(e.getKey())).sum();
    }
  }
}
