package io.claimwire.ingest.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Feed state in a compacted topic owned by ingest, keyed by feed URL, JSON values. Read to its end once at start
 * (the latest record per feed wins); each save waits for the broker's acknowledgement. One ingest process per
 * feed list: two processes polling the same feed would each keep their own view.
 */
public final class KafkaFeedStateStore implements FeedStateStore, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String topic;
  private final KafkaProducer<String, String> producer;
  private final Map<String, FeedState> states = new ConcurrentHashMap<>();

  public KafkaFeedStateStore(Properties clientProps, String topic) {
    this.topic = topic;
    Properties c = new Properties();
    c.putAll(clientProps);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        for (var r : consumer.poll(Duration.ofMillis(500))) {
          if (r.value() == null) {
            states.remove(r.key());
            continue;
          }
          try {
            states.put(r.key(), JSON.readValue(r.value(), FeedState.class));
          } catch (Exception unreadable) {
            states.remove(r.key()); // a state this version cannot read: poll the feed as new (sent items stay idempotent)
          }
        }
      }
    }
    Properties p = new Properties();
    p.putAll(clientProps);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
  }

  @Override
  public Optional<FeedState> load(String feedUrl) {
    FeedState s = states.get(feedUrl);
    return Optional.ofNullable(s == null ? null : s.copy());
  }

  @Override
  public void save(String feedUrl, FeedState state) throws Exception {
    producer.send(new ProducerRecord<>(topic, feedUrl, JSON.writeValueAsString(state))).get(60, TimeUnit.SECONDS);
    states.put(feedUrl, state.copy());
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
