package io.claimwire.app;

import io.claimwire.schemas.Topics;
import io.claimwire.sink.ClaimStore;
import io.claimwire.sink.SinkService;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sink on a thread of its own: its consumer and dead-letter producer are closed when it ends. */
final class SinkRunner implements Service {
  private static final Logger LOG = LoggerFactory.getLogger(SinkRunner.class);
  private final SinkService sink;
  private final Thread thread;
  private volatile Throwable failure;

  static final String SINK_GROUP = "claimwire-sink";

  /**
   * The sink of these settings over the store, started: it reads what enrich committed (read_committed) from where
   * its group left off, or from the earliest offsets with {@code fromEarliest}; {@code onFailure} hears why it
   * stopped, if it fails.
   */
  static SinkRunner start(PipelineSettings settings, Topics topics, ClaimStore store, boolean fromEarliest,
      MeterRegistry registry, Consumer<Throwable> onFailure) {
    var origin = TopicAdmin.origin(settings.clientProps(), SINK_GROUP,
        List.of(topics.verdicts.name(), topics.claimSets.name(), topics.claimSummaries.name()));
    Properties c = settings.clientProps();
    c.put(ConsumerConfig.GROUP_ID_CONFIG, SINK_GROUP);
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // Only what enrich committed: an aborted transaction never reaches the store.
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
    KafkaProducer<byte[], byte[]> dlq = new KafkaProducer<>(settings.producerProps(), new ByteArraySerializer(),
        new ByteArraySerializer());
    return new SinkRunner(new SinkService(consumer, dlq, store, topics, origin, fromEarliest, registry), consumer,
        dlq, onFailure);
  }

  private SinkRunner(SinkService sink, KafkaConsumer<byte[], byte[]> consumer, KafkaProducer<byte[], byte[]> deadLetters,
      Consumer<Throwable> onFailure) {
    this.sink = sink;
    this.thread = new Thread(() -> {
      try {
        sink.run();
      } catch (Throwable t) {
        failure = t;
        onFailure.accept(t);
        LOG.error("sink stopped: {}", t.toString(), t);
      } finally {
        consumer.close(Duration.ofSeconds(5));
        deadLetters.close(Duration.ofSeconds(5));
      }
    }, "claimwire-sink");
    thread.start();
  }

  @Override
  public String name() {
    return "sink";
  }

  @Override
  public boolean ready() {
    return thread.isAlive() && failure == null;
  }

  /** Records read since it started. */
  long consumed() {
    return sink.consumed();
  }

  /** True when its last poll found nothing and every assigned partition was at its end. */
  boolean caughtUp() {
    return sink.caughtUp();
  }

  @Override
  public void stop(Duration grace) {
    sink.close();
    try {
      thread.join(Math.max(1, grace.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
