package io.claimwire.app;

import io.claimwire.enrich.topology.EnrichConfig;
import io.claimwire.enrich.topology.EnrichTopology;
import io.claimwire.enrich.topology.PipelineSensors;
import io.claimwire.enrich.topology.StreamThreadHealth;
import io.claimwire.schemas.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Enrich (Kafka Streams) in this process: started when made, with its meters, its health and what is in flight. */
final class EnrichService implements Service {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
  private final KafkaStreams streams;
  private final StreamThreadHealth threads;

  EnrichService(KafkaStreams streams, StreamThreadHealth threads, MeterRegistry registry) {
    this.streams = streams;
    this.threads = threads;
    new io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics(streams).bindTo(registry);
    PipelineMetrics.bindEnrich(registry, streams);
    streams.start();
  }

  /**
   * An enrich instance (not started) of the application, with its state in {@code stateDir}; a failed stream thread
   * is counted and replaced.
   */
  static KafkaStreams newInstance(PipelineSettings settings, Topics topics, Path stateDir,
      StreamThreadHealth enrichThreads) {
    Tuning t = settings.tuning();
    EnrichConfig config = new EnrichConfig(EnrichConfig.DEFAULT_APPLICATION_ID, settings.bootstrapServers(),
        stateDir, topics, settings.kafkaProperties(), t.disputeTolerance(), t.dedupRetention(),
        t.rocksDbMemoryBytes(), settings.limits().maxFigures(), t.storyWindow());
    KafkaStreams instance = new KafkaStreams(EnrichTopology.build(config), config.streamsProperties());
    instance.setStateListener((now, before) -> {
      if (now == KafkaStreams.State.RUNNING || now == KafkaStreams.State.ERROR) {
        LOG.info("enrich {} (was {})", now, before);
      } else {
        LOG.debug("enrich {} (was {})", now, before);
      }
    });
    instance.setUncaughtExceptionHandler(e -> {
      enrichThreads.threadFailed();
      if (io.claimwire.schemas.SchemaRegistryUnavailableException.in(e)) {
        // Nothing committed past the record: a new thread reads it again. Wait first, so a registry restart is not
        // met with a tight loop of thread replacements.
        LOG.warn("enrich paused: {}; replacing the stream thread in 5 s", e.getMessage());
        try {
          TimeUnit.SECONDS.sleep(5);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      } else {
        LOG.error("enrich stream thread failed; replacing it", e);
      }
      return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    return instance;
  }

  @Override
  public String name() {
    return "enrich";
  }

  @Override
  public boolean ready() {
    return threads.ready(streams);
  }

  /** Commits, leaves the group (a restarted instance is assigned at once, not after a session timeout) and stops. */
  @Override
  public void stop(Duration grace) {
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(grace));
  }

  /** True while enrich holds figure topics marked changed that no summary pass has summarised yet. */
  boolean summariesPending() {
    double marked = PipelineMetrics.sum(streams, PipelineSensors.TOPICS_MARKED, java.util.Map.of());
    double summarised = PipelineMetrics.sum(streams, PipelineSensors.TOPICS_SUMMARISED, java.util.Map.of());
    return marked > summarised; // marks restored from the changelog after a restart make summarised the larger
  }

  /** Every main-consumer partition of enrich fetched to its end (records-lag 0). */
  boolean caughtUp() {
    int partitions = 0;
    for (var e : streams.metrics().entrySet()) {
      var name = e.getKey();
      if (name.name().equals("records-lag") && name.group().equals("consumer-fetch-manager-metrics")
          && name.tags().containsKey("partition") && !name.tags().getOrDefault("client-id", "").contains("restore")) {
        partitions++;
        Object v = e.getValue().metricValue();
        if (!(v instanceof Double d) || d.isNaN() || d > 0) {
          return false;
        }
      }
    }
    return partitions > 0;
  }
}
