package io.claimwire.app;

import io.claimwire.enrich.topology.PipelineSensors;
import io.claimwire.ingest.RawPublisher;
import io.claimwire.schemas.avro.VerdictKind;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The pipeline's own meters, beside the Kafka Streams and JVM ones at {@code /metrics}: records ingested and
 * dead letters by stage, verdicts by kind and claims out of enrich (summed over its threads from the instance's
 * metrics), and the sink's meters ({@link io.claimwire.sink.SinkService} registers records, stored claims, lag and
 * end-to-end latency). Each is read when scraped.
 */
final class PipelineMetrics {
  static final String DEAD_LETTERS = "claimwire.dead.letters";
  final AtomicLong ingested = new AtomicLong();
  final AtomicLong ingestDeadLettered = new AtomicLong();

  /** @param live the publisher of the live sources, null until one starts */
  PipelineMetrics(MeterRegistry registry, Supplier<RawPublisher> live) {
    FunctionCounter.builder("claimwire.ingest.records", this, m -> m.ingested.get() + count(live, RawPublisher::sent))
        .description("articles sent to the raw topic (files, feeds, push, watched directories)").register(registry);
    FunctionCounter.builder(DEAD_LETTERS, this, m -> m.ingestDeadLettered.get() + count(live, RawPublisher::deadLettered))
        .tag("stage", "ingest").description("records sent to a dead-letter topic, by stage").register(registry);
  }

  private static long count(Supplier<RawPublisher> live, java.util.function.ToLongFunction<RawPublisher> what) {
    RawPublisher p = live.get();
    return p == null ? 0 : what.applyAsLong(p);
  }

  /** Binds enrich's own counts from a running instance. */
  static void bindEnrich(MeterRegistry registry, KafkaStreams streams) {
    for (VerdictKind kind : VerdictKind.values()) {
      FunctionCounter.builder("claimwire.enrich.verdicts", streams,
              s -> sum(s, PipelineSensors.VERDICTS, Map.of("kind", kind.name())))
          .tag("kind", kind.name()).description("verdicts decided by enrich, by kind").register(registry);
    }
    FunctionCounter.builder("claimwire.enrich.claims", streams, s -> sum(s, PipelineSensors.CLAIMS, Map.of()))
        .description("claim events emitted by enrich, one per figure").register(registry);
    FunctionCounter.builder("claimwire.enrich.sentence.failures", streams,
            s -> sum(s, PipelineSensors.SENTENCE_FAILURES, Map.of()))
        .description("sentences whose extraction failed; their figures are left out, the article's others go out")
        .register(registry);
    FunctionCounter.builder(DEAD_LETTERS, streams, s -> sum(s, PipelineSensors.DEAD_LETTERS, Map.of()))
        .tag("stage", "enrich").description("records sent to a dead-letter topic, by stage").register(registry);
  }

  /** The sum over the instance's threads of one of the pipeline's own enrich metrics. */
  static double sum(KafkaStreams streams, String name, Map<String, String> tags) {
    double total = 0;
    for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
      MetricName n = e.getKey();
      if (n.group().equals(PipelineSensors.GROUP) && n.name().equals(name) && n.tags().equals(tags)
          && e.getValue().metricValue() instanceof Double d) {
        total += d;
      }
    }
    return total;
  }
}
