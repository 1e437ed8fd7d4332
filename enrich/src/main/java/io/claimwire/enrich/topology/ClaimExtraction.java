package io.claimwire.enrich.topology;

import io.claimwire.enrich.text.FigureExtractor;
import io.claimwire.schemas.RecordSerde;
import io.claimwire.schemas.avro.Article;
import io.claimwire.schemas.avro.Claim;
import io.claimwire.schemas.avro.ClaimSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Extracts the claim set of each unique article version: one claim set per version, one claim event per figure,
 * and a tombstone for each claim of an older version that the newer one no longer has.
 */
final class ClaimExtraction implements Processor<byte[], byte[], Object, Object> {
  private final String articlesTopic;
  private final RecordSerde<Article> articleSerde;
  private final FigureExtractor extractor = new FigureExtractor();
  private ProcessorContext<Object, Object> context;
  private KeyValueStore<String, ClaimSet> latestSets;
  private org.apache.kafka.common.metrics.Sensor claimsOut;

  ClaimExtraction(String articlesTopic, RecordSerde<Article> articleSerde) {
    this.articlesTopic = articlesTopic;
    this.articleSerde = articleSerde;
  }

  @Override
  public void init(ProcessorContext<Object, Object> context) {
    this.context = context;
    this.latestSets = context.getStateStore(EnrichTopology.CLAIM_SET_STORE);
    this.claimsOut = PipelineSensors.claims(context);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    Article article;
    try {
      article = articleSerde.decode(articlesTopic, record.value());
    } catch (SerializationException e) { // a registry that cannot be asked is not bad data: that propagates, and is retried
      context.forward(DeadLetters.of(context, record.key(), record.value(), articlesTopic, null,
          "undecodable article: " + e.getMessage(), e, record.timestamp()), EnrichTopology.DLQ_SINK);
      return;
    }
    ClaimSet set;
    try {
      List<Claim> claims = ClaimMapper.claims(article, extractor.extract(article.getText()), FigureExtractor.VERSION);
      set = ClaimSet.newBuilder().setArticleId(article.getArticleId()).setArticleVersion(article.getArticleVersion())
          .setRecordId(article.getRecordId()).setExtractor(FigureExtractor.VERSION).setClaims(claims)
          .setExtractedAt(Instant.ofEpochMilli(record.timestamp())).build();
    } catch (RuntimeException e) {
      context.forward(DeadLetters.of(context, record.key(), record.value(), articlesTopic, article.getRecordId(),
          "extraction failed: " + e, e, record.timestamp()), EnrichTopology.DLQ_SINK);
      return;
    }
    long ts = record.timestamp();
    context.forward(new Record<>(set.getArticleId(), set, ts), EnrichTopology.CLAIM_SETS_SINK);
    ClaimSet previous = latestSets.get(set.getArticleId());
    boolean newest = previous == null || previous.getArticleVersion() <= set.getArticleVersion();
    if (!newest) {
      return; // a late old version: its claim set is recorded, but the claim stream stays on the newest
    }
    Set<String> now = new HashSet<>();
    for (Claim c : set.getClaims()) {
      now.add(c.getClaimId());
      context.forward(new Record<>(c.getClaimId(), c, ts), EnrichTopology.CLAIMS_SINK);
    }
    claimsOut.record(set.getClaims().size());
    if (previous != null) {
      for (Claim old : previous.getClaims()) {
        if (!now.contains(old.getClaimId())) {
          context.forward(new Record<>(old.getClaimId(), null, ts), EnrichTopology.CLAIMS_SINK);
        }
      }
    }
    latestSets.put(set.getArticleId(), set);
  }
}
