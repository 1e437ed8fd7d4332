package io.claimwire.enrich.topology;

import io.claimwire.enrich.summary.Summarizer;
import io.claimwire.schemas.AvroSerde;
import io.claimwire.schemas.avro.ClaimSummary;
import io.claimwire.schemas.avro.TopicContribution;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by figure topic: keeps each article's contribution to the topic and emits the topic's summary whenever
 * one changes (a tombstone when no article is left on it). The summary is a pure function of the stored
 * contributions, so several instances decide exactly what one does.
 */
final class ClaimSummarizer implements Processor<Object, Object, Object, Object> {
  private static final String SEP = "\u0000";
  private final Summarizer summarizer;
  private final StringSerializer keys = new StringSerializer();
  private ProcessorContext<Object, Object> context;
  private KeyValueStore<String, TopicContribution> contributions;
  private final AvroSerde<TopicContribution> serde;

  ClaimSummarizer(double tolerance, AvroSerde<TopicContribution> serde) {
    this.summarizer = new Summarizer(tolerance);
    this.serde = serde;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    this.context = context;
    this.contributions = context.getStateStore(EnrichTopology.SUMMARY_TOPIC_STORE);
  }

  @Override
  public void process(Record<Object, Object> record) {
    if (!(record.value() instanceof TopicContribution c)) {
      return;
    }
    String topic = c.getTopicKey();
    String key = topic + SEP + c.getArticleId();
    if (c.getClaims().isEmpty()) {
      contributions.delete(key);
    } else {
      contributions.put(key, c);
    }
    List<TopicContribution> all = new ArrayList<>();
    try (var it = contributions.prefixScan(topic + SEP, keys)) {
      it.forEachRemaining(kv -> all.add(kv.value));
    }
    ClaimSummary summary;
    try {
      summary = summarizer.summarize(topic, all, record.timestamp());
    } catch (RuntimeException e) {
      String source = context.recordMetadata().map(m -> m.topic()).orElse(EnrichTopology.CONTRIBUTIONS_REPARTITION);
      context.forward(DeadLetters.of(context, DeadLetters.utf8(topic), serde.encode(c), source, topic, null,
          "summarising failed: " + e, e, record.timestamp()));
      return;
    }
    context.forward(new Record<>(topic, summary, record.timestamp()));
  }
}
