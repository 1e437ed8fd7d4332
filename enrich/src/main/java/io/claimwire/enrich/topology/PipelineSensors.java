package io.claimwire.enrich.topology;

import java.util.Map;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * The pipeline's own counts in enrich, recorded as Kafka Streams metrics of the group {@value #GROUP}, so they travel
 * with the instance's other metrics ({@code KafkaStreams#metrics()}); the app sums them over threads for
 * {@code /metrics}: verdicts by kind ({@code verdicts-total}, tag {@code kind}), claims emitted
 * ({@code claims-total}), dead letters ({@code dead-letters-total}) and sentences whose extraction failed
 * ({@code sentence-failures-total}: their figures are left out, the article's others go out).
 */
public final class PipelineSensors {
  public static final String GROUP = "claimwire-enrich-metrics";
  public static final String VERDICTS = "verdicts-total";
  public static final String CLAIMS = "claims-total";
  public static final String DEAD_LETTERS = "dead-letters-total";
  public static final String SENTENCE_FAILURES = "sentence-failures-total";
  /** Figure topics marked changed, and marks a summary pass has cleared: equal when no summary is pending. */
  public static final String TOPICS_MARKED = "summary-topics-marked-total";
  public static final String TOPICS_SUMMARISED = "summary-topics-summarised-total";

  private PipelineSensors() {}

  /** The one sensor of a metric and tag set, shared by every task and thread of the instance. */
  static Sensor sensor(ProcessorContext<?, ?> context, String metric, Map<String, String> tags, String description) {
    StreamsMetrics metrics = context.metrics();
    Sensor s = metrics.addSensor("claimwire." + metric + tags, Sensor.RecordingLevel.INFO);
    s.add(new MetricName(metric, GROUP, description, tags), new CumulativeSum()); // a no-op when it is there already
    return s;
  }

  static Sensor verdicts(ProcessorContext<?, ?> context, String kind) {
    return sensor(context, VERDICTS, Map.of("kind", kind), "verdicts decided, by kind");
  }

  static Sensor claims(ProcessorContext<?, ?> context) {
    return sensor(context, CLAIMS, Map.of(), "claim events emitted (one per figure)");
  }

  static Sensor sentenceFailures(ProcessorContext<?, ?> context) {
    return sensor(context, SENTENCE_FAILURES, Map.of(), "sentences whose extraction failed (their figures left out)");
  }

  static Sensor topicsMarked(ProcessorContext<?, ?> context) {
    return sensor(context, TOPICS_MARKED, Map.of(), "figure topics marked changed, waiting for a summary pass");
  }

  static Sensor topicsSummarised(ProcessorContext<?, ?> context) {
    return sensor(context, TOPICS_SUMMARISED, Map.of(), "changed figure topics summarised by a pass");
  }

  static void deadLetter(ProcessorContext<?, ?> context) {
    sensor(context, DEAD_LETTERS, Map.of(), "records sent to the enrich dead-letter topic").record(1);
  }
}
