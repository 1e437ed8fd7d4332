package io.claimwire.enrich.topology;

import io.claimwire.schemas.RecordSerde;
import io.claimwire.schemas.avro.ArticleVerdict;
import io.claimwire.schemas.avro.VerdictKind;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Reads verdicts back and passes on, keyed by the article it copies, the version copied and the outlet of
 * each syndicated copy ({@code "version\toutlet"}), so that
 * summaries can list copies as evidence without counting them as independent outlets. Other verdicts are dropped
 * here (they are in the verdicts topic); an undecodable one is dead-lettered.
 */
final class CopyNotices implements Processor<String, byte[], String, Outcome<String>> {
  private final String verdictsTopic;
  private final RecordSerde<ArticleVerdict> serde;
  private ProcessorContext<String, Outcome<String>> context;

  CopyNotices(String verdictsTopic, RecordSerde<ArticleVerdict> serde) {
    this.verdictsTopic = verdictsTopic;
    this.serde = serde;
  }

  @Override
  public void init(ProcessorContext<String, Outcome<String>> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    ArticleVerdict v;
    try {
      v = serde.decode(verdictsTopic, record.value());
    } catch (SerializationException e) { // a registry that cannot be asked is not bad data: that propagates, and is retried
      context.forward(DeadLetters.outcome(context, record.key(), DeadLetters.utf8(record.key()), record.value(),
          verdictsTopic, record.key(), null, "undecodable verdict: " + e.getMessage(), e, record.timestamp()));
      return;
    }
    if (v.getVerdict() == VerdictKind.DUPLICATE) {
      String outlet = v.getOutlet() != null ? v.getOutlet() : v.getUrl() != null ? v.getUrl() : v.getRecordId();
      // the version matters: a copy of version 1 did not carry what version 2 says
      context.forward(new Record<>(v.getArticleId(), Outcome.ok(v.getArticleVersion() + "\t" + outlet),
          record.timestamp()));
    }
  }
}
