package io.claimwire.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reading a topic written in transactions, so that what was committed a moment ago is seen. */
public final class CommittedReads {
  private CommittedReads() {}

  /**
   * Reads every committed record of the topic, from the beginning to its end as of the call, partition by partition
   * as they come (each partition in offset order).
   */
  public static void readToEnd(Properties clientProps, String topic, Consumer<ConsumerRecord<byte[], byte[]>> each) {
    Properties c = new Properties();
    c.putAll(clientProps);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        consumer.poll(Duration.ofMillis(500)).forEach(each);
      }
    }
  }

  /**
   * Waits until no transaction is open on the topic (its committed end reaches its end): a transaction's commit
   * markers are written after {@code commitTransaction} returns, so a read right after it could miss it.
   *
   * @throws IllegalStateException when a transaction stays open longer than {@code timeout}
   */
  public static void awaitSettled(Properties clientProps, String topic, Duration timeout) {
    Properties committed = new Properties();
    committed.putAll(clientProps);
    committed.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Properties all = new Properties();
    all.putAll(clientProps);
    all.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(committed, new ByteArrayDeserializer(), new ByteArrayDeserializer());
         KafkaConsumer<byte[], byte[]> u = new KafkaConsumer<>(all, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(pi -> new TopicPartition(topic, pi.partition())).toList();
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!c.endOffsets(parts).equals(u.endOffsets(parts))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("a transaction on " + topic + " stays open (another run at the same time?); try again");
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    }
  }
}
