package io.claimwire.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * State in a compacted topic owned by ingest, JSON values. Read to its end once at start (the latest record per key
 * wins; a value this version cannot read counts as absent); each save waits for the broker's acknowledgement.
 * One ingest process per source list: two processes on the same feed or directory would each keep their own view.
 */
public final class KafkaStateStore<T> implements StateStore<T>, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String topic;
  private final Class<T> type;
  private final KafkaProducer<String, String> producer;
  /** Values as JSON: every load is a fresh copy. */
  private final Map<String, String> values = new ConcurrentHashMap<>();

  public KafkaStateStore(Properties clientProps, String topic, Class<T> type) {
    this.topic = topic;
    this.type = type;
    CommittedReads.readToEnd(clientProps, topic, r -> {
      String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
      if (key == null) {
        return;
      }
      if (r.value() == null) {
        values.remove(key);
      } else {
        values.put(key, new String(r.value(), StandardCharsets.UTF_8));
      }
    });
    Properties p = new Properties();
    p.putAll(clientProps);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
  }

  @Override
  public Optional<T> load(String key) {
    String json = values.get(key);
    if (json == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(json, type));
    } catch (Exception unreadable) {
      return Optional.empty(); // written by another version: start afresh (sent records stay idempotent)
    }
  }

  @Override
  public void save(String key, T value) throws Exception {
    String json = JSON.writeValueAsString(value);
    producer.send(new ProducerRecord<>(topic, key, json)).get(60, TimeUnit.SECONDS);
    values.put(key, json);
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
