package io.claimwire.app;

import io.claimwire.sink.SinkService;
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

  SinkRunner(SinkService sink, KafkaConsumer<byte[], byte[]> consumer, KafkaProducer<byte[], byte[]> deadLetters,
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
